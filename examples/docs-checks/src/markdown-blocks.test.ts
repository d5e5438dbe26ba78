import { describe, expect, it } from 'vitest';
import { codeBlocks, shellBlocks } from './markdown-blocks.js';

describe('codeBlocks', () => {
  it('finds fenced blocks with their language and line', () => {
    const page = ['# Title', '', '```sh', 'npm install', '```', '', '```json', '{}', '```'].join(
      '\n',
    );
    expect(codeBlocks(page)).toEqual([
      { lang: 'sh', code: 'npm install\n', line: 3 },
      { lang: 'json', code: '{}\n', line: 7 },
    ]);
  });

  it('keeps heredocs and blank lines inside a block', () => {
    const page = "```sh\ncat > a.csv <<'EOF'\nx;y\n\nEOF\n```\n";
    expect(codeBlocks(page)[0]?.code).toBe("cat > a.csv <<'EOF'\nx;y\n\nEOF\n");
  });

  it('strips the indentation of blocks inside list items', () => {
    const page = '1. Install:\n\n   ```sh\n   npm install\n     two\n   ```\n';
    expect(codeBlocks(page)[0]?.code).toBe('npm install\n  two\n');
  });

  it('does not close a four-backtick fence on three backticks', () => {
    const page = '````md\n```sh\ninner\n```\n````\n';
    const blocks = codeBlocks(page);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]?.code).toBe('```sh\ninner\n```\n');
  });
});

describe('shellBlocks', () => {
  it('keeps only blocks meant for a terminal', () => {
    const page = '```sh\na\n```\n```bash\nb\n```\n```text\nc\n```\n```\nd\n```\n';
    expect(shellBlocks(page).map((block) => block.code)).toEqual(['a\n', 'b\n']);
  });
});
