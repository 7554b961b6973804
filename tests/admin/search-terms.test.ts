import { describe, expect, it } from 'vitest';
import { highlightTerms } from '../../admin/src/messages/searchTerms';

describe('the message page after a search', () => {
  it('reads the words to mark from ?hl=, trimmed, empty ones dropped', () => {
    expect(highlightTerms(`?hl=${encodeURIComponent('路灯\n 坏了 \n')}`)).toEqual(['路灯', '坏了']);
    expect(highlightTerms('')).toEqual([]);
  });
});
