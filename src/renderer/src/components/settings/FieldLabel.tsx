/** A field's label, with a mark (and words for screen readers) when the field is required. */
export function FieldLabel({
  htmlFor,
  required = false,
  children,
}: {
  htmlFor: string;
  required?: boolean;
  children: string;
}) {
  return (
    <label htmlFor={htmlFor}>
      {children}
      {required && (
        <span className="required-mark" title="Required">
          *<span className="visually-hidden"> (required)</span>
        </span>
      )}
    </label>
  );
}

/** Attributes of a field that may have a problem: invalid, and described by its words. */
export const problemProps = (id: string, problem: string | undefined, required = false) => ({
  'aria-invalid': problem !== undefined,
  'aria-describedby': problem ? `${id}-problem` : undefined,
  'aria-required': required || undefined,
});
