/** A field's problem in words, beside it; announced when it appears, gone when it is fixed. */
export function FieldError({ id, problem }: { id: string; problem: string | null }) {
  return (
    <span id={id} className="field-error" role="alert" hidden={problem === null}>
      {problem}
    </span>
  );
}
