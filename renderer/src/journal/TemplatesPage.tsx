import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { ENTRY_KIND_INFO } from '../../../shared/domain/entry-kinds';
import {
  ENTRY_KINDS,
  entryKindSchema,
  type EntryKind,
  type TemplatePrompt,
} from '../../../shared/domain/records';
import { DEFAULT_TEMPLATES, promptsFor } from '../../../shared/domain/templates';
import { useUiStore } from '../app/ui-store';
import { newId } from '../db/repo/records';
import { resetTemplate, saveTemplate, userTemplates } from '../db/repo/templates';
import { JournalNav } from './JournalNav';
import './journal.css';

/** Edit the guided prompts of each entry kind, or go back to the defaults. */
export function TemplatesPage() {
  const [kind, setKind] = useState<EntryKind>('daily');
  const templates = useLiveQuery(userTemplates, []);
  return (
    <div className="page page--wide">
      <header className="page__header">
        <h1>Templates</h1>
        <p className="muted">
          The guided prompts each kind of entry starts with. Answers already written stay with their
          entries.
        </p>
      </header>
      <JournalNav />
      <label className="filters__field">
        <span className="field__label">Entry kind</span>
        <select
          value={kind}
          onChange={(e) => {
            const parsed = entryKindSchema.safeParse(e.target.value);
            if (parsed.success) setKind(parsed.data);
          }}
        >
          {ENTRY_KINDS.map((k) => (
            <option key={k} value={k}>
              {ENTRY_KIND_INFO[k].label}
            </option>
          ))}
        </select>
      </label>
      {templates && (
        <TemplateEditor
          key={`${kind}:${templates.find((t) => t.kind === kind)?.updatedAt ?? 'default'}`}
          kind={kind}
          prompts={promptsFor(kind, templates)}
          edited={templates.some((t) => t.kind === kind && t.deleted === 0)}
        />
      )}
    </div>
  );
}

function TemplateEditor({
  kind,
  prompts: initial,
  edited,
}: {
  kind: EntryKind;
  prompts: readonly TemplatePrompt[];
  edited: boolean;
}) {
  const [prompts, setPrompts] = useState<TemplatePrompt[]>(() => initial.map((p) => ({ ...p })));
  const [problem, setProblem] = useState<string | null>(null);
  const notify = useUiStore((s) => s.notify);
  const change = (index: number, patch: Partial<TemplatePrompt>) =>
    setPrompts((list) => list.map((p, i) => (i === index ? { ...p, ...patch } : p)));
  const move = (index: number, delta: number) =>
    setPrompts((list) => {
      const next = [...list];
      const [item] = next.splice(index, 1);
      next.splice(index + delta, 0, item!);
      return next;
    });

  const save = async () => {
    const empty = prompts.findIndex((p) => p.label.trim() === '');
    if (empty !== -1) {
      setProblem(`Prompt ${empty + 1} needs a question. Nothing was saved.`);
      return;
    }
    setProblem(null);
    await saveTemplate(
      kind,
      prompts.map((p) => ({ ...p, label: p.label.trim() })),
    );
    notify(`Template for ${ENTRY_KIND_INFO[kind].label} saved.`);
  };

  return (
    <section
      className="card template-editor"
      aria-label={`Prompts for ${ENTRY_KIND_INFO[kind].label}`}
    >
      {prompts.length === 0 && (
        <p className="muted">No prompts: entries of this kind start as a blank page.</p>
      )}
      <ol className="template-editor__list">
        {prompts.map((prompt, index) => (
          <li key={prompt.id} className="template-editor__item">
            <label className="field">
              <span className="field__label">Prompt {index + 1}</span>
              <input
                value={prompt.label}
                maxLength={200}
                onChange={(e) => change(index, { label: e.target.value })}
              />
            </label>
            <label className="field">
              <span className="field__label">Hint (optional)</span>
              <input
                value={prompt.placeholder}
                maxLength={500}
                onChange={(e) => change(index, { placeholder: e.target.value })}
              />
            </label>
            <div className="template-editor__actions">
              <button
                type="button"
                className="button button--ghost button--small"
                disabled={index === 0}
                aria-label={`Move prompt ${index + 1} up`}
                onClick={() => move(index, -1)}
              >
                ↑
              </button>
              <button
                type="button"
                className="button button--ghost button--small"
                disabled={index === prompts.length - 1}
                aria-label={`Move prompt ${index + 1} down`}
                onClick={() => move(index, 1)}
              >
                ↓
              </button>
              <button
                type="button"
                className="button button--ghost button--small"
                aria-label={`Remove prompt ${index + 1}`}
                onClick={() => setPrompts((list) => list.filter((_, i) => i !== index))}
              >
                Remove
              </button>
            </div>
          </li>
        ))}
      </ol>
      {problem && (
        <p className="callout callout--error" role="alert">
          {problem}
        </p>
      )}
      <div className="template-editor__footer">
        <button
          type="button"
          className="button"
          disabled={prompts.length >= 30}
          onClick={() =>
            setPrompts((list) => [
              ...list,
              { id: `custom-${newId().slice(0, 8)}`, label: '', placeholder: '' },
            ])
          }
        >
          Add a prompt
        </button>
        <span className="template-editor__spacer" />
        {edited && (
          <button
            type="button"
            className="button button--ghost"
            onClick={() =>
              void resetTemplate(kind).then(() =>
                notify(`Back to the default prompts for ${ENTRY_KIND_INFO[kind].label}.`),
              )
            }
          >
            Reset to default ({DEFAULT_TEMPLATES[kind].length} prompts)
          </button>
        )}
        <button type="button" className="button button--primary" onClick={() => void save()}>
          Save template
        </button>
      </div>
    </section>
  );
}
