/**
 * One escaper per output format. Text a server sent (error examples, request ids) is rendered inert
 * everywhere: it cannot add lines, links, images, mentions, markup or terminal escapes to what we write.
 */

/** Control characters other than tab, line feed and carriage return; XML 1.0 forbids them. */
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g;

/** HTML and SVG text and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** XML (JUnit) text and attribute values: escaped, and without the characters XML cannot hold. */
export function escapeXml(text: string): string {
  return escapeHtml(text.replace(CONTROL, '�'));
}

/**
 * Text in markdown, outside code spans: on one line, with every character that could start markup
 * (emphasis, links, images, HTML, tables) escaped and mentions broken, so it reads as it was written.
 * Results can come from an untrusted run (mode: comment reads a fork's artifact): nothing is assumed ours.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n\t]+/g, ' ')
    .replace(CONTROL, ' ')
    .replace(/&/g, '&amp;')
    .replace(/[\\`*_[\]<>!|~]/g, '\\$&')
    .replace(/@(?=\w)/g, '@\u200b');
}

/**
 * Foreign text in markdown, as one inline code span: line breaks and control characters become spaces
 * (so it stays on its line), the fence is longer than any run of backticks inside, and pipes are escaped
 * for tables. Inside a code span GitHub renders no link, image, mention or HTML.
 */
export function markdownCode(text: string): string {
  const flat = text
    .replace(/[\r\n\t]/g, ' ')
    .replace(CONTROL, ' ')
    .replace(/\|/g, '\\|');
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || flat.startsWith(' ') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** Foreign text for a terminal: no escape sequences, no line breaks. */
export function plainText(text: string): string {
  return text.replace(/[\r\n\t]/g, ' ').replace(CONTROL, ' ');
}
