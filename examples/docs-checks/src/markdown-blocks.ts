/** A fenced code block of a Markdown page. */
export interface CodeBlock {
  /** The info string's first word (`sh` in ```` ```sh ````), empty when the fence has none. */
  readonly lang: string;
  /** The block's text without the fences, ending in a newline. */
  readonly code: string;
  /** 1-based line of the opening fence, so a failure can point into the page. */
  readonly line: number;
}

const FENCE = /^(\s*)(`{3,}|~{3,})\s*([^`\s]*)/;

/**
 * Every fenced code block of a Markdown text, in page order. Fences may be indented (inside lists) and
 * nested longer fences are respected, as CommonMark does.
 */
export function codeBlocks(markdown: string): CodeBlock[] {
  const lines = markdown.split(/\r?\n/);
  const blocks: CodeBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i] ?? '');
    if (!open) continue;
    const [, indent = '', fence = '', lang = ''] = open;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const line = lines[j] ?? '';
      const trimmed = line.trimStart();
      if (trimmed.startsWith(fence) && trimmed.slice(fence.length).trim() === '') break;
      body.push(line.startsWith(indent) ? line.slice(indent.length) : line.trimStart());
    }
    blocks.push({ lang: lang.toLowerCase(), code: body.join('\n') + '\n', line: i + 1 });
    i = j;
  }
  return blocks;
}

/** The blocks a reader runs in a terminal: `sh`, `bash` and `shell` fences. */
export function shellBlocks(markdown: string): CodeBlock[] {
  return codeBlocks(markdown).filter((block) => ['sh', 'bash', 'shell'].includes(block.lang));
}
