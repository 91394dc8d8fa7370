/**
 * A pack's procedures (steps with their limits), once packs carry them (issue 14). Until then a pack has none
 * and nothing is shown.
 */
import type { PolicyPack } from 'safetynet-cn';
import { pick, t, useLang } from '../i18n.js';

type Named = { readonly name?: { readonly zh: string; readonly en: string } };

export function Procedures(props: { pack: PolicyPack }) {
  const lang = useLang();
  const procedures = (props.pack as PolicyPack & { procedures?: Readonly<Record<string, Named>> }).procedures;
  if (!procedures || Object.keys(procedures).length === 0) return null;
  return (
    <section aria-labelledby="procedures-h">
      <h2 id="procedures-h">{t('procedures', lang)}</h2>
      <ul>
        {Object.entries(procedures).map(([id, p]) => (
          <li key={id}>
            <b>{p.name ? pick(p.name, lang) : id}</b> <code>{id}</code>
          </li>
        ))}
      </ul>
    </section>
  );
}
