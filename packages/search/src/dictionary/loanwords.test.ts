import { describe, expect, it } from 'vitest';
import { germanLoanword } from './loanwords.js';

describe('germanLoanword', () => {
  it('spells an international word of Ukrainian or Russian as German does, by its ending', () => {
    expect(germanLoanword('інклюзія')).toBe('inklusion');
    expect(germanLoanword('інклюзивний')).toBe('inklusiv');
    expect(germanLoanword('консультація')).toBe('konsultation');
    expect(germanLoanword('навігаційний')).toBe('navigation');
    expect(germanLoanword('муніципальних')).toBe('munizipal');
    expect(germanLoanword('онкологічними')).toBe('onkologisch');
    expect(germanLoanword('толерантним')).toBe('tolerant');
    expect(germanLoanword('Технологія')).toBe('technologie');
    // Russian spellings too.
    expect(germanLoanword('интеграция')).toBe('integration');
    expect(germanLoanword('административный')).toBe('administrativ');
  });

  it('leaves other words, short stems and words in other scripts alone', () => {
    expect(germanLoanword('допомога')).toBeUndefined();
    expect(germanLoanword('нація')).toBeUndefined();
    expect(germanLoanword('біологія')).toBeUndefined();
    expect(germanLoanword('navigation')).toBeUndefined();
    expect(germanLoanword('')).toBeUndefined();
  });
});
