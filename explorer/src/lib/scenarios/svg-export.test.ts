import { describe, expect, it } from 'vitest';
import { localUrlRefs } from './svg-export.js';

describe('localUrlRefs', () => {
  it('makes page references local to the file', () => {
    expect(localUrlRefs('url("http://127.0.0.1:4173/?embed=1#arrow-head")')).toBe('url(#arrow-head)');
    expect(localUrlRefs('url(#a)')).toBe('url(#a)');
    expect(localUrlRefs("url('/x#b') none")).toBe('url(#b) none');
    expect(localUrlRefs('none')).toBe('none');
    expect(localUrlRefs('rgb(0, 114, 178)')).toBe('rgb(0, 114, 178)');
  });
});
