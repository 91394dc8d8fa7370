/** The explorer's shell: header (pack, language), the four views as tabs, and the state they keep. */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { formatInZone } from 'safetynet-cn';
import { CompareView, type CompareState } from './compare/compare-view.js';
import { type DeadlineState, DeadlineView } from './deadline/deadline-view.js';
import { type HouseholdState, HouseholdView } from './household/household-view.js';
import { type Lang, LangContext, t, type UiKey, useLang } from './i18n.js';
import { PackView } from './pack/pack-view.js';
import { bundledEntries, type PackEntry } from './packs.js';

const VIEWS = [
  ['pack', 'viewPack'],
  ['household', 'viewHousehold'],
  ['deadline', 'viewDeadline'],
  ['compare', 'viewCompare'],
] as const satisfies readonly (readonly [string, UiKey])[];

type View = (typeof VIEWS)[number][0];

const ZONE = 'Asia/Shanghai';

function viewOfHash(): View {
  const name = location.hash.replace(/^#\/?/, '');
  return (VIEWS.find(([v]) => v === name)?.[0] ?? 'pack') as View;
}

function storedLang(): Lang {
  try {
    return localStorage.getItem('safetynet-explorer-lang') === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

/** The current view, following the URL's hash (`#/household`), so a view can be linked to and the back button works. */
function useHashView(): View {
  const [view, setView] = useState<View>(viewOfHash);
  useEffect(() => {
    const onHash = () => setView(viewOfHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return view;
}

/** The language, remembered across visits, written on `<html lang>` and the title. */
function useLanguage(): [Lang, (lang: Lang) => void] {
  const [lang, setLang] = useState<Lang>(storedLang);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t('title', lang);
    try {
      localStorage.setItem('safetynet-explorer-lang', lang);
    } catch {
      // storage may be unavailable (private mode): the choice lasts for this page only
    }
  }, [lang]);
  return [lang, setLang];
}

export function App() {
  const [lang, setLang] = useLanguage();
  const view = useHashView();
  const bundled = useMemo(bundledEntries, []);
  const [dropped, setDropped] = useState<PackEntry[]>([]);
  const entries = useMemo(() => [...bundled, ...dropped], [bundled, dropped]);
  const [packKey, setPackKey] = useState('bundled:chengdu');
  const entry = entries.find((e) => e.key === packKey) ?? entries[0]!;
  const now = formatInZone(new Date(), ZONE);
  const [asOf, setAsOf] = useState(now.slice(0, 10));
  const [household, setHousehold] = useState<HouseholdState>({ household: { members: [{}] } });
  const [deadline, setDeadline] = useState<DeadlineState>({ received: now.slice(0, 16), now: '' });
  const [compare, setCompare] = useState<CompareState>(FIRST_COMPARISON);

  const onLoaded = (loaded: PackEntry[]) => {
    const keys = new Set(loaded.map((e) => e.key));
    setDropped((old) => [...old.filter((e) => !keys.has(e.key)), ...loaded]);
    setPackKey(loaded[loaded.length - 1]!.key);
  };
  return (
    <LangContext.Provider value={lang}>
      <Header entries={entries} entry={entry} onPack={setPackKey} onLang={setLang} />
      <nav class="tabs" aria-label={t('views', lang)}>
        {VIEWS.map(([v, key]) => (
          <a key={v} href={`#/${v}`} aria-current={view === v ? 'page' : undefined}>
            {t(key, lang)}
          </a>
        ))}
      </nav>
      <main>
        {view === 'pack' && <PackView entry={entry} asOf={asOf} onAsOf={setAsOf} onLoaded={onLoaded} />}
        {view === 'household' && (
          <HouseholdView
            entry={entry}
            asOf={asOf}
            onAsOf={setAsOf}
            state={household}
            onState={setHousehold}
            onExample={(packId, day, h) => {
              setPackKey(`bundled:${packId}`);
              setAsOf(day);
              setHousehold({ household: h });
            }}
          />
        )}
        {view === 'deadline' && <DeadlineView entry={entry} state={deadline} onState={setDeadline} />}
        {view === 'compare' && <CompareView entries={entries} state={compare} onState={setCompare} />}
      </main>
    </LangContext.Provider>
  );
}

/** What the comparison starts with: Chengdu in 2022 and in 2023 (a new standard in both zones). */
const FIRST_COMPARISON: CompareState = {
  oldKey: 'bundled:chengdu',
  oldAsOf: '2022-06-01',
  newKey: 'bundled:chengdu',
  newAsOf: '2023-06-01',
  override: '',
};

function Header(props: {
  entries: readonly PackEntry[];
  entry: PackEntry;
  onPack: (key: string) => void;
  onLang: (lang: Lang) => void;
}) {
  const lang = useLang();
  return (
    <header class="top">
      <div class="title">
        <h1>{t('title', lang)}</h1>
        <p class="subtitle">{t('subtitle', lang)}</p>
      </div>
      <div class="controls">
        <label>
          {t('pack', lang)}{' '}
          <select
            data-testid="pack"
            value={props.entry.key}
            onChange={(e) => props.onPack((e.currentTarget as HTMLSelectElement).value)}
          >
            {props.entries.map((e) => (
              <option key={e.key} value={e.key}>
                {e.pack.name[lang]} · {e.pack.id} {e.pack.version}
                {e.dropped ? ` (${t('dropped', lang)})` : ''}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          class="lang"
          lang={lang === 'zh' ? 'en' : 'zh-CN'}
          aria-label={t('switchLangLabel', lang)}
          onClick={() => props.onLang(lang === 'zh' ? 'en' : 'zh')}
        >
          {t('switchLang', lang)}
        </button>
      </div>
    </header>
  );
}
