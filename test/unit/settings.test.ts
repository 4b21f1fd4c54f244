import { describe, expect, it } from 'vitest';
import { formatPortfolios, isAllowedBaseUrl, normalizeBaseUrl, parsePortfolios } from '@/lib/settings';

const A = 'e8e912b6-ba9b-4c3a-bb4f-d04bdc370843';
const B = '0b7f0c55-4a53-4a5e-9a57-c6a1b1f2d3e4';

describe('isAllowedBaseUrl', () => {
  it.each<[string, boolean]>([
    ['https://api.main.apexscore.ai', true],
    ['https://eu.apexscore.example/v2', true],
    ['http://localhost:8787', true],
    ['http://127.0.0.1:8787', true],
    ['http://api.main.apexscore.ai', false],
    ['http://192.168.1.5', false],
    ['http://localhost.evil.example', false],
    ['ftp://api.example.com', false],
    ['javascript:alert(1)', false],
    ['https://user:pass@api.example.com', false],
    ['https://api.example.com/?q=1', false],
    ['not a url', false],
    ['', false],
  ])('%j -> %s', (url, allowed) => {
    expect(isAllowedBaseUrl(url)).toBe(allowed);
  });

  it('drops trailing slashes', () => {
    expect(normalizeBaseUrl(' https://api.example.com/// ')).toBe('https://api.example.com');
  });
});

describe('parsePortfolios', () => {
  it('reads one id a line, with an optional label after any separator', () => {
    expect(parsePortfolios(`${A} Growth Fund\n\n  ${B.toUpperCase()}, Real Assets \n${A}`)).toEqual({
      portfolios: [
        { id: A, label: 'Growth Fund' },
        { id: B, label: 'Real Assets' },
      ],
      badLines: [],
    });
  });

  it('names the lines that do not start with an id', () => {
    expect(parsePortfolios(`Growth ${A}\n${A}\n${A}x`).badLines).toEqual([1, 3]);
  });

  it('round-trips through its own format', () => {
    const portfolios = [
      { id: A, label: 'Growth Fund' },
      { id: B, label: '' },
    ];
    expect(parsePortfolios(formatPortfolios(portfolios)).portfolios).toEqual(portfolios);
  });
});
