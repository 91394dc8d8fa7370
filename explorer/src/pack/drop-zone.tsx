/** Drop a pack folder or YAML files: validated in the page, with the CLI's file:line:col messages. */
import { useState } from 'preact/hooks';
import type { Issue } from 'safetynet-cn';
import { IssueList } from '../common.js';
import { t, useLang } from '../i18n.js';
import { type DroppedFile, type PackEntry, readDrop, validateDropped } from '../packs.js';

interface Outcome {
  readonly loaded: PackEntry[];
  readonly issues: Issue[];
  readonly warnings: Issue[];
  readonly texts: ReadonlyMap<string, string>;
  readonly empty: boolean;
}

export function DropZone(props: { onLoaded: (entries: PackEntry[]) => void }) {
  const lang = useLang();
  const [over, setOver] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | undefined>();

  const take = (files: DroppedFile[]) => {
    const r = validateDropped(files);
    setOutcome({ loaded: r.packs, issues: r.issues, warnings: r.warnings, texts: r.texts, empty: files.length === 0 });
    if (r.packs.length > 0) props.onLoaded(r.packs);
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    if (e.dataTransfer) void readDrop(e.dataTransfer.items).then(take);
  };
  const onPick = (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    if (input.files) void readDrop(input.files).then(take);
    input.value = '';
  };

  return (
    <section
      aria-labelledby="drop-h"
      class={`card dropzone${over ? ' over' : ''}`}
      data-testid="pack-drop"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <h2 id="drop-h">{t('dropTitle', lang)}</h2>
      <p>{t('dropHint', lang)}</p>
      <label class="button">
        {t('chooseFiles', lang)}
        <input type="file" accept=".yaml,.yml" multiple class="visually-hidden" onChange={onPick} />
      </label>{' '}
      <label class="button">
        {t('chooseFolder', lang)}
        <input
          type="file"
          multiple
          class="visually-hidden"
          onChange={onPick}
          {...({ webkitdirectory: '' } as Record<string, string>)}
        />
      </label>
      {outcome && <DropOutcome outcome={outcome} />}
    </section>
  );
}

/** What the drop gave: the issues (as the CLI prints them, with the line), the packs loaded, the warnings. */
function DropOutcome(props: { outcome: Outcome }) {
  const lang = useLang();
  const { outcome } = props;
  return (
    <div role="status" data-testid="drop-result">
      {outcome.empty && <p class="error-text">{t('dropNoYaml', lang)}</p>}
      {outcome.issues.length > 0 && (
        <>
          <p class="error-text">
            {t('dropInvalid', lang)}: {outcome.issues.length} {t('issues', lang)}
          </p>
          <IssueList issues={outcome.issues} texts={outcome.texts} testId="drop-issues" />
        </>
      )}
      {outcome.loaded.map((e) => (
        <p key={e.key}>
          ✓ {t('dropLoaded', lang)}: <code>{e.pack.id}</code> {e.pack.version} ({e.files?.join(', ')})
        </p>
      ))}
      {outcome.warnings.length > 0 && (
        <details>
          <summary>
            ⚠ {outcome.warnings.length} {t('warnings', lang)}
          </summary>
          <IssueList issues={outcome.warnings} texts={outcome.texts} />
        </details>
      )}
    </div>
  );
}
