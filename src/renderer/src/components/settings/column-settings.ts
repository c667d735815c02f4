// The column settings forms (new column and edit), with the query builder, misspelling picker
// and volume preview they carry: one chunk, loaded after the deck's first paint.
export { AddColumnForm } from './AddColumnForm';
export { ColumnEditor } from './ColumnEditor';
