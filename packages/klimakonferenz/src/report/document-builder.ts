import type { WorkshopScore } from '../score-schema.js';
import type { Block } from './blocks.js';
import { type ReportLanguage, type ReportMessages, reportMessages } from './i18n.js';
import type { Report } from './report-schema.js';

/** Number and date formats of a report language. */
export interface Formatter {
  pct: (x: number) => string;
  num: (x: number, digits?: number) => string;
  /** An ISO date (`2017-03-08`) as a reader writes it: "8. März 2017", "8 March 2017". */
  date: (iso: string) => string;
}

function formatter(language: ReportLanguage): Formatter {
  const locale = language === 'de' ? 'de-DE' : 'en-GB';
  const pct = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  // UTC on both sides, so the day does not move with the time zone of the machine printing the report.
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  return {
    date: (iso) => date.format(new Date(`${iso}T00:00:00Z`)),
    pct: (x) => pct.format(x),
    num: (x, digits = 2) =>
      new Intl.NumberFormat(locale, {
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }).format(x),
  };
}

/** Collects the blocks of a report document and knows its labels and number formats. */
export class DocumentBuilder {
  readonly blocks: Block[] = [];
  readonly m: ReportMessages;
  readonly f: Formatter;
  constructor(
    readonly report: Report,
    readonly language: ReportLanguage,
  ) {
    this.m = reportMessages(language);
    this.f = formatter(language);
  }

  field(id: string): string {
    const label = this.report.county?.fieldsOfAction.find((f) => f.id === id)?.label;
    return label?.[this.language] ?? label?.['de'] ?? id;
  }

  city(ags: string): string {
    return this.report.county?.municipalities.find((m) => m.ags === ags)?.name ?? ags;
  }

  perspective(score: WorkshopScore, id: string): string {
    const label = score.perspectiveLabels.find((p) => p.id === id);
    return label ? label[this.language] : id;
  }

  push(...blocks: Block[]): void {
    this.blocks.push(...blocks);
  }
}
