import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { recklinghausenFollowUp, recklinghausenSample } from '../sample.js';
import { buildReport } from './build.js';
import { renderMarkdown } from './markdown.js';

const report = buildReport(
  {
    ...recklinghausenSample,
    workshops: [...recklinghausenSample.workshops, ...recklinghausenFollowUp.workshops],
  },
  { draws: 500, stabilityDraws: 200, seed: 2 },
);

/** The text a reader sees: markdown-it's HTML without tags, entities decoded. */
function visibleText(markdown: string): string {
  return new MarkdownIt()
    .render(markdown)
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

describe('the Markdown report rendered by markdown-it', () => {
  for (const language of ['en', 'de'] as const) {
    it(`shows no stray backslash (${language})`, () => {
      const text = visibleText(renderMarkdown(report, { language }));
      expect(text.match(/.{0,20}\\.{0,20}/g) ?? []).toEqual([]);
      expect(text).toContain(language === 'en' ? 'Appendix' : 'Anhang');
    });
  }

  it('prints the voices from the workshop as quotes with their perspective, in each language’s marks', () => {
    const quote = recklinghausenSample.workshops[0]?.quotes?.[0];
    if (!quote?.text) throw new Error('the sample has a quote');
    const en = visibleText(renderMarkdown(report, { language: 'en' }));
    const de = visibleText(renderMarkdown(report, { language: 'de' }));
    expect(en).toContain(`“${quote.text}”`);
    expect(de).toContain(`„${quote.text}“`);
    expect(new MarkdownIt().render(renderMarkdown(report, { language: 'en' }))).toContain(
      `<blockquote>\n<p>“${quote.text}”</p>\n<p>– Education (school/day care/provider)</p>`,
    );
  });

  it('keeps hostile statement text as text', () => {
    const hostile = structuredClone(report);
    const first = hostile.workshops[0]?.walls.find((w) => w.dots > 0)?.statements[0];
    if (!first) throw new Error('sample');
    first.text = '1. *not* a [link](http://x) | cell \\ <b>bold</b> 0.90';
    const html = new MarkdownIt().render(renderMarkdown(hostile, { language: 'en' }));
    expect(html).not.toContain('<em>not</em>');
    expect(html).not.toContain('<a href="http://x"');
    expect(html).not.toContain('<b>');
    expect(visibleText(renderMarkdown(hostile, { language: 'en' }))).toContain(
      '1. *not* a [link](http://x) | cell \\ <b>bold</b> 0.90',
    );
  });
});
