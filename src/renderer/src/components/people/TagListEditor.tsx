import { useState } from 'react';
import { useStore } from '../../store';
import { NO_TAGS } from '../../store/people-slice';
import { FieldError } from '../FieldError';

/** The owner's tag list: rename, recolour, remove, add. */
export function TagListEditor() {
  const tags = useStore((s) => s.peopleTags?.tags ?? NO_TAGS);
  const createTag = useStore((s) => s.createTag);
  const updateTag = useStore((s) => s.updateTag);
  const removeTag = useStore((s) => s.removeTag);
  const [name, setName] = useState('');
  const [color, setColor] = useState('#0d9488');
  const [problem, setProblem] = useState<string | null>(null);

  return (
    <section className="tag-editor" aria-labelledby="tag-editor-heading">
      <h3 id="tag-editor-heading">Tags</h3>
      <ul>
        {tags.map((t) => (
          <li key={t.id}>
            <input
              type="color"
              value={t.color}
              aria-label={`Colour of ${t.name}`}
              onChange={(e) => void updateTag(t.id, { color: e.target.value }).then(setProblem)}
            />
            <input
              defaultValue={t.name}
              aria-label={`Name of the tag ${t.name}`}
              maxLength={30}
              onBlur={(e) => {
                const next = e.target.value.trim();
                if (next && next !== t.name) void updateTag(t.id, { name: next }).then(setProblem);
              }}
            />
            <button
              type="button"
              className="link-button"
              aria-label={`Remove the tag ${t.name}`}
              onClick={() => void removeTag(t.id).then(setProblem)}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!name.trim()) return setProblem('A tag needs a name');
          void createTag(name.trim(), color).then((refusal) => {
            setProblem(refusal);
            if (!refusal) setName('');
          });
        }}
      >
        <input
          type="color"
          value={color}
          aria-label="Colour of the new tag"
          onChange={(e) => setColor(e.target.value)}
        />
        <input
          value={name}
          maxLength={30}
          placeholder="New tag"
          aria-label="New tag"
          aria-describedby="tag-editor-error"
          onChange={(e) => setName(e.target.value)}
        />
        <button type="submit" className="button">
          Add tag
        </button>
      </form>
      <FieldError id="tag-editor-error" problem={problem} />
    </section>
  );
}
