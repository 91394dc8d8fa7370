/**
 * A form generated from the household JSON Schema. Every field can be left unknown (absent), which the
 * library treats differently from "none": a blank select or input is unknown, and lists (incomes, supporters,
 * situations…) say explicitly whether they were not asked, are empty, or have entries.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { fieldLabel, t, useLang, valueLabel } from '../i18n.js';
import { fieldKind, type FieldKind, type Json, type JsonObject, type JsonSchema, withField } from './json-schema.js';

/** What every field needs besides its own schema and value. */
export interface FormContext {
  readonly root: JsonSchema;
  /** Suggestions for string fields by name, e.g. the pack's districts for `district`. */
  readonly suggestions: Readonly<Record<string, readonly string[]>>;
  /** Fields shown first in an object, by the object's path kind (`household`, `member`); others go under "more". */
  readonly primary: Readonly<Record<string, readonly string[]>>;
}

/** The id of a field's control: `f-members-0-birthDate`, also used to jump to a field the decision asks about. */
export function fieldId(path: readonly (string | number)[]): string {
  return `f-${path.join('-')}`;
}

/** The id for a `missing` input path such as `members[1].incomes`. */
export function fieldIdOfInput(input: string): string {
  return fieldId(input.replace(/\[(\d+)\]/g, '.$1').split('.'));
}

type Change = (value: Json | undefined) => void;

/** The fields of an object, the primary ones first and the rest under a "more" disclosure. */
export function ObjectFields(props: {
  schema: JsonSchema;
  value: JsonObject | undefined;
  onChange: (value: JsonObject) => void;
  path: readonly (string | number)[];
  ctx: FormContext;
  primaryKey?: string;
}) {
  const lang = useLang();
  const { schema, value, path, ctx } = props;
  const names = Object.keys(schema.properties ?? {}).filter((n) => n !== '$schema');
  const primary = props.primaryKey ? ctx.primary[props.primaryKey] : undefined;
  const field = (name: string) => (
    <Field
      key={name}
      name={name}
      schema={schema.properties![name]!}
      required={schema.required?.includes(name) ?? false}
      value={value?.[name]}
      onChange={(v) => props.onChange(withField(value, name, v))}
      path={[...path, name]}
      ctx={ctx}
    />
  );
  if (!primary) return <div class="fields">{names.map(field)}</div>;
  const first = names.filter((n) => primary.includes(n)).sort((a, b) => primary.indexOf(a) - primary.indexOf(b));
  const rest = names.filter((n) => !primary.includes(n));
  const restSet = rest.some((n) => value?.[n] !== undefined);
  return (
    <div class="fields">
      {first.map(field)}
      {rest.length > 0 && (
        <details class="more" open={restSet}>
          <summary>{t('more', lang)}</summary>
          <div class="fields">{rest.map(field)}</div>
        </details>
      )}
    </div>
  );
}

/** What a field of the form is given: its name and schema, its value, where it sits, the form's context. */
type FieldProps = {
  name: string;
  schema: JsonSchema;
  required: boolean;
  value: Json | undefined;
  onChange: Change;
  path: readonly (string | number)[];
  ctx: FormContext;
};

function Field(props: FieldProps) {
  const lang = useLang();
  const kind = fieldKind(props.schema, props.ctx.root);
  const label = fieldLabel(props.name, lang);
  const id = fieldId(props.path);
  const hint = lang === 'en' ? props.schema.description : undefined;
  switch (kind.kind) {
    case 'object':
    case 'enum-list':
    case 'object-list':
      return <GroupField {...props} kind={kind} label={label} id={id} hint={hint} />;
    default:
      return (
        <div class="field">
          <label for={id}>{label}</label>
          <Control
            kind={kind}
            id={id}
            name={props.name}
            value={props.value}
            onChange={props.onChange}
            ctx={props.ctx}
          />
          {hint && <small class="hint">{hint}</small>}
        </div>
      );
  }
}

interface ControlProps {
  kind: FieldKind;
  id: string;
  name: string;
  value: Json | undefined;
  onChange: Change;
  ctx: FormContext;
}

/** The text of an input or select that fired an event. */
function text(e: Event): string {
  return (e.currentTarget as HTMLInputElement | HTMLSelectElement).value;
}

/** A control for a scalar: blank is unknown. */
function Control(props: ControlProps) {
  switch (props.kind.kind) {
    case 'boolean':
    case 'enum':
      return <Choice {...props} />;
    case 'date':
      return (
        <input
          id={props.id}
          type="date"
          value={String(props.value ?? '')}
          onInput={(e) => props.onChange(text(e) || undefined)}
        />
      );
    case 'integer':
      return <Count {...props} />;
    default:
      return <Text {...props} />;
  }
}

/** A select whose first option is unknown: yes / no, or the values of an enum (with "none" when it may be null). */
function Choice(props: ControlProps) {
  const lang = useLang();
  const { kind, value, onChange } = props;
  const options: [string, string][] =
    kind.kind === 'boolean'
      ? [
          ['true', t('yes', lang)],
          ['false', t('no', lang)],
        ]
      : kind.kind === 'enum'
        ? [
            ...(kind.nullable ? [['null', t('none', lang)] as [string, string]] : []),
            ...kind.values.map((v) => [v, valueLabel(v, lang)] as [string, string]),
          ]
        : [];
  const read = (v: string): Json | undefined =>
    v === '' ? undefined : v === 'null' ? null : kind.kind === 'boolean' ? v === 'true' : v;
  return (
    <select id={props.id} value={value === undefined ? '' : String(value)} onChange={(e) => onChange(read(text(e)))}>
      <option value="">{t('unknown', lang)}</option>
      {options.map(([v, label]) => (
        <option key={v} value={v}>
          {label}
        </option>
      ))}
    </select>
  );
}

/** A whole number (housing units, a disability grade); blank is unknown. */
function Count(props: ControlProps) {
  const lang = useLang();
  const { kind } = props;
  return (
    <input
      id={props.id}
      type="number"
      step={1}
      min={kind.kind === 'integer' ? kind.min : undefined}
      max={kind.kind === 'integer' ? kind.max : undefined}
      placeholder={t('unknown', lang)}
      value={props.value === undefined ? '' : String(props.value)}
      onInput={(e) => {
        const v = text(e).trim();
        props.onChange(v === '' ? undefined : /^-?\d+$/.test(v) ? Number.parseInt(v, 10) : v);
      }}
    />
  );
}

/** Text, and money kept as the decimal text typed (never a float); suggestions from the pack where there are some. */
function Text(props: ControlProps) {
  const lang = useLang();
  const { id, value } = props;
  const list = props.ctx.suggestions[props.name];
  return (
    <>
      <input
        id={id}
        type="text"
        inputMode={props.kind.kind === 'money' ? 'decimal' : undefined}
        autoComplete="off"
        list={list ? `${id}-list` : undefined}
        placeholder={t('unknown', lang)}
        value={value === undefined || value === null ? '' : String(value)}
        onInput={(e) => props.onChange(text(e).trim() === '' ? undefined : text(e).trim())}
      />
      {list && (
        <datalist id={`${id}-list`}>
          {list.map((v) => (
            <option key={v} value={v} />
          ))}
        </datalist>
      )}
    </>
  );
}

type Mode = 'absent' | 'none' | 'some';

/** Objects and lists: a group with a legend and, unless required, a choice of not asked / none / some. */
function GroupField(
  props: FieldProps & {
    kind: FieldKind;
    label: string;
    id: string;
    hint: string | undefined;
  },
) {
  const lang = useLang();
  const { kind, value, onChange } = props;
  const isList = kind.kind === 'enum-list' || kind.kind === 'object-list';
  const nullable = kind.kind === 'object' && kind.nullable;
  // Plain optional objects (assets, expenditure…) need no mode: they are absent while every field is blank.
  const hasModes = isList ? !props.required : nullable;
  const [chosen, setChosen] = useState<Mode | undefined>();
  const stored: Mode =
    value === undefined ? 'absent' : value === null || (isList && (value as Json[]).length === 0) ? 'none' : 'some';
  // "Some" chosen with nothing ticked yet is still an empty list, but the ticks stay open.
  const mode: Mode = chosen === 'some' && stored === 'none' && kind.kind === 'enum-list' ? 'some' : stored;
  const setMode = (m: Mode) => {
    setChosen(m);
    if (m === 'absent') onChange(undefined);
    else if (m === 'none') onChange(isList ? [] : null);
    else if (kind.kind === 'object-list') onChange([newItem(kind.schema)]);
    else onChange(isList ? [] : {});
  };
  const showBody = !hasModes || mode === 'some';
  return (
    <fieldset class={`group group-${kind.kind}`} id={props.id} tabIndex={-1}>
      <legend>{props.label}</legend>
      {props.hint && <small class="hint">{props.hint}</small>}
      {hasModes && (
        <div class="modes" role="radiogroup" aria-label={props.label}>
          {(['absent', 'none', 'some'] as const).map((m) => (
            <label key={m} class="mode">
              <input
                type="radio"
                name={`${props.id}-mode`}
                value={m}
                checked={mode === m}
                onChange={() => setMode(m)}
              />
              {m === 'absent' ? t('notAsked', lang) : m === 'none' ? t('none', lang) : t('list', lang)}
            </label>
          ))}
        </div>
      )}
      {showBody && <GroupBody {...props} />}
    </fieldset>
  );
}

/** A new list entry: required enum fields start at their first value, everything else blank. */
function newItem(schema: JsonSchema): JsonObject {
  const out: JsonObject = {};
  for (const name of schema.required ?? []) {
    const values = schema.properties?.[name]?.enum;
    if (values?.[0] !== undefined) out[name] = values[0];
  }
  return out;
}

type GroupBodyProps = {
  name: string;
  value: Json | undefined;
  onChange: Change;
  path: readonly (string | number)[];
  ctx: FormContext;
  kind: FieldKind;
  label: string;
  id: string;
};

function GroupBody(props: GroupBodyProps): ComponentChildren {
  const { kind, value, onChange } = props;
  if (kind.kind === 'object') {
    const obj = value && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
    return (
      <ObjectFields
        schema={kind.schema}
        value={obj}
        path={props.path}
        ctx={props.ctx}
        onChange={(v) => onChange(Object.keys(v).length === 0 && !kind.nullable ? undefined : v)}
      />
    );
  }
  const list = Array.isArray(value) ? value : [];
  if (kind.kind === 'enum-list') return <Ticks values={kind.values} list={list} onChange={onChange} />;
  if (kind.kind === 'object-list')
    return <Items {...props} list={list} schema={kind.schema} min={kind.min} max={kind.max} />;
  return null;
}

/** A tick per value of an enum list (situations, coverage…). */
function Ticks(props: { values: readonly string[]; list: Json[]; onChange: Change }) {
  const lang = useLang();
  const { list } = props;
  return (
    <div class="ticks">
      {props.values.map((v) => (
        <label key={v} class="tick">
          <input
            type="checkbox"
            checked={list.includes(v)}
            onChange={(e) =>
              props.onChange((e.currentTarget as HTMLInputElement).checked ? [...list, v] : list.filter((x) => x !== v))
            }
          />
          {valueLabel(v, lang)}
        </label>
      ))}
    </div>
  );
}

/** The entries of a list of objects (members, incomes, supporters, vehicles), each removable, and an add button. */
function Items(props: GroupBodyProps & { list: Json[]; schema: JsonSchema; min: number; max: number }) {
  const lang = useLang();
  const { list, onChange } = props;
  const isMembers = props.name === 'members';
  const itemLabel = isMembers ? t('member', lang) : `${props.label} · ${t('item', lang)}`;
  const removeText = isMembers ? t('removeMember', lang) : t('remove', lang);
  return (
    <div class="items">
      {list.map((item, i) => (
        <div class="item" key={i}>
          <div class="item-head">
            <span class="item-title">
              {itemLabel} {i + 1}
            </span>
            <button
              type="button"
              class="small"
              disabled={list.length <= props.min}
              aria-label={`${removeText} ${itemLabel} ${i + 1}`}
              onClick={() => onChange(list.filter((_, j) => j !== i))}
            >
              {removeText}
            </button>
          </div>
          <ObjectFields
            schema={props.schema}
            value={item && typeof item === 'object' && !Array.isArray(item) ? item : undefined}
            path={[...props.path, i]}
            ctx={props.ctx}
            primaryKey={isMembers ? 'member' : undefined}
            onChange={(v) => onChange(list.map((x, j) => (j === i ? v : x)))}
          />
        </div>
      ))}
      {list.length < props.max && (
        <button type="button" class="small" onClick={() => onChange([...list, newItem(props.schema)])}>
          + {isMembers ? t('addMember', lang) : `${t('add', lang)} ${props.label}`}
        </button>
      )}
    </div>
  );
}
