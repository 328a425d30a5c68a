import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { LIMITS } from '../../../shared/domain/limits';
import { allTags } from '../db/repo/entries';

/** Normalises what the user typed into a tag, or explains why it cannot be one. */
export function parseTag(
  raw: string,
  existing: readonly string[],
): { tag: string } | { problem: string } {
  const tag = raw.trim().replace(/^#/, '').replace(/\s+/g, '-').toLowerCase();
  if (tag === '') return { problem: 'A tag needs at least one letter.' };
  if (tag.length > LIMITS.tagLength)
    return { problem: `A tag can be at most ${LIMITS.tagLength} characters.` };
  if (existing.includes(tag)) return { problem: `“${tag}” is already a tag of this entry.` };
  if (existing.length >= LIMITS.tagsPerRecord)
    return { problem: `An entry can have at most ${LIMITS.tagsPerRecord} tags.` };
  return { tag };
}

/** Tags with autocomplete from the tags already in use (read from the `*tags` index). */
export function TagsField({
  tags,
  onChange,
}: {
  tags: readonly string[];
  onChange: (tags: string[]) => void;
}) {
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const known = useLiveQuery(allTags, []) ?? [];
  const listId = useId();
  const inputId = useId();
  const problemId = useId();

  const add = () => {
    if (text.trim() === '') return;
    const parsed = parseTag(text, tags);
    if ('problem' in parsed) {
      setProblem(parsed.problem);
      return;
    }
    onChange([...tags, parsed.tag]);
    setText('');
    setProblem(null);
  };

  return (
    <div className="field">
      <label className="field__label" htmlFor={inputId}>
        Tags
      </label>
      {tags.length > 0 && (
        <ul className="tag-list" aria-label="Tags of this entry">
          {tags.map((tag) => (
            <li key={tag} className="pill tag-pill">
              #{tag}
              <button
                type="button"
                className="tag-pill__remove"
                aria-label={`Remove tag ${tag}`}
                onClick={() => onChange(tags.filter((t) => t !== tag))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        id={inputId}
        list={listId}
        value={text}
        placeholder="Add a tag and press Enter"
        aria-invalid={problem !== null}
        aria-describedby={problem ? problemId : undefined}
        onChange={(e) => {
          setText(e.target.value);
          setProblem(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ',') {
            e.preventDefault();
            add();
          }
        }}
        onBlur={add}
      />
      <datalist id={listId}>
        {known
          .filter((t) => !tags.includes(t))
          .slice(0, 50)
          .map((t) => (
            <option key={t} value={t} />
          ))}
      </datalist>
      {problem && (
        <p id={problemId} className="field__error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
