/**
 * A small document model (headings, paragraphs, nested lists, tables, notes) written once and serialised as
 * Markdown or as a self-contained HTML page. Inline text may hold `code` spans and **bold** only.
 */

/** An item of a list, with its sub-items. */
export interface ListItem {
  readonly text: string;
  readonly children?: readonly ListItem[];
}

/** One block of a document. */
export type Block =
  | { readonly kind: 'heading'; readonly level: 1 | 2 | 3; readonly text: string; readonly id?: string }
  | { readonly kind: 'paragraph'; readonly text: string }
  | { readonly kind: 'list'; readonly items: readonly ListItem[] }
  | { readonly kind: 'table'; readonly head: readonly string[]; readonly rows: readonly (readonly string[])[] }
  | { readonly kind: 'note'; readonly text: string };

/** The blocks as Markdown (GitHub flavour: tables, `<a id>` anchors for the contents). */
export function toMarkdown(blocks: readonly Block[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    switch (b.kind) {
      case 'heading':
        out.push(`${'#'.repeat(b.level)} ${b.text}${b.id ? ` <a id="${b.id}"></a>` : ''}`, '');
        break;
      case 'paragraph':
        out.push(b.text, '');
        break;
      case 'note':
        out.push(...b.text.split('\n').map((l) => `> ${l}`), '');
        break;
      case 'list':
        out.push(...listLines(b.items, 0), '');
        break;
      case 'table':
        out.push(row(b.head), row(b.head.map(() => '---')), ...b.rows.map(row), '');
        break;
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function listLines(items: readonly ListItem[], depth: number): string[] {
  return items.flatMap((i) => [`${'  '.repeat(depth)}- ${i.text}`, ...listLines(i.children ?? [], depth + 1)]);
}

function row(cells: readonly string[]): string {
  return `| ${cells.map((c) => c.replace(/\|/g, '\\|').replace(/\n/g, '<br>')).join(' | ')} |`;
}

const STYLE = `
body{font:15px/1.55 -apple-system,"Segoe UI","PingFang SC","Microsoft YaHei",sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;color:#1f2328}
h1{border-bottom:2px solid #d0d7de;padding-bottom:.3rem}h2{border-bottom:1px solid #d0d7de;margin-top:2.2rem}
table{border-collapse:collapse;margin:.6rem 0 1.2rem;width:100%}th,td{border:1px solid #d0d7de;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f6f8fa}tr:nth-child(even) td{background:#fbfcfd}code{background:#eff1f3;padding:.05rem .3rem;border-radius:4px;font-size:.9em}
blockquote{margin:.8rem 0;padding:.4rem .9rem;border-left:4px solid #d4a72c;background:#fff8c5}ul{margin:.3rem 0 .9rem}
@media print{body{max-width:none;margin:0}h2{page-break-before:auto}a{color:inherit;text-decoration:none}}`;

/**
 * The blocks as one HTML page with its styles inline: no script, no external file, so it can be mailed or
 * printed for a meeting.
 */
export function toHtml(blocks: readonly Block[], title: string, lang = 'zh'): string {
  const body = blocks.map(blockHtml).join('\n');
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function blockHtml(b: Block): string {
  switch (b.kind) {
    case 'heading':
      return `<h${b.level}${b.id ? ` id="${escapeHtml(b.id)}"` : ''}>${inline(b.text)}</h${b.level}>`;
    case 'paragraph':
      return `<p>${inline(b.text)}</p>`;
    case 'note':
      return `<blockquote>${b.text.split('\n').map(inline).join('<br>')}</blockquote>`;
    case 'list':
      return listHtml(b.items);
    case 'table': {
      const head = `<tr>${b.head.map((c) => `<th>${inline(c)}</th>`).join('')}</tr>`;
      const rows = b.rows.map((r) => `<tr>${r.map((c) => `<td>${inline(c)}</td>`).join('')}</tr>`);
      return `<table>\n<thead>${head}</thead>\n<tbody>\n${rows.join('\n')}\n</tbody>\n</table>`;
    }
  }
}

function listHtml(items: readonly ListItem[]): string {
  const lis = items.map((i) => `<li>${inline(i.text)}${i.children?.length ? listHtml(i.children) : ''}</li>`);
  return `<ul>${lis.join('')}</ul>`;
}

/** Inline text: escaped, `code` and **bold** kept, line breaks as `<br>`, links to `#anchors`. */
function inline(text: string): string {
  return escapeHtml(text)
    .replace(/`([^`]+)`/g, '<code>$1</code>')
    .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
    .replace(/\[([^\]]+)\]\(#([\w-]+)\)/g, '<a href="#$2">$1</a>')
    .replace(/(^|[\s(])(https?:\/\/[^\s<)]+)/g, '$1<a href="$2">$2</a>')
    .replace(/\n/g, '<br>');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
