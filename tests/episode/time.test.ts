import { expect } from '@open-wc/testing';
import { formatTime, parseMediaFragment, parseTime } from '../../src/episode/time.js';
import { isSafeUrl } from '../../src/episode/url.js';

describe('parseTime', () => {
  it('accepts finite non-negative numbers only', () => {
    expect(parseTime(0)).to.equal(0);
    expect(parseTime(90.5)).to.equal(90.5);
    expect(parseTime(-1)).to.equal(undefined);
    expect(parseTime(NaN)).to.equal(undefined);
    expect(parseTime(Infinity)).to.equal(undefined);
    expect(parseTime(null)).to.equal(undefined);
    expect(parseTime({})).to.equal(undefined);
  });

  it('reads clock strings', () => {
    expect(parseTime('90')).to.equal(90);
    expect(parseTime('1:30')).to.equal(90);
    expect(parseTime('62:03')).to.equal(3723);
    expect(parseTime('1:02:03.5')).to.equal(3723.5);
    expect(parseTime('01:02:03,500')).to.equal(3723.5);
    expect(parseTime(' 0:05 ')).to.equal(5);
  });

  it('reads unit strings', () => {
    expect(parseTime('1h2m3s')).to.equal(3723);
    expect(parseTime('90s')).to.equal(90);
    expect(parseTime('2m')).to.equal(120);
    expect(parseTime('1h')).to.equal(3600);
    expect(parseTime('1h 30m')).to.equal(5400);
  });

  it('rejects text, negative and out-of-range clocks', () => {
    for (const bad of ['abc', '', '-5', '1:60', '1:61:00', '1:2:3:4', '1x', 'h', '5 minutes']) {
      expect(parseTime(bad), bad).to.equal(undefined);
    }
  });
});

describe('formatTime', () => {
  it('uses m:ss under an hour and h:mm:ss from an hour on', () => {
    expect(formatTime(0)).to.equal('0:00');
    expect(formatTime(5.9)).to.equal('0:05');
    expect(formatTime(90)).to.equal('1:30');
    expect(formatTime(3599)).to.equal('59:59');
    expect(formatTime(3600)).to.equal('1:00:00');
    expect(formatTime(3723.5)).to.equal('1:02:03');
    expect(formatTime(-3)).to.equal('0:00');
    expect(formatTime(NaN)).to.equal('0:00');
  });
});

describe('parseMediaFragment', () => {
  it('reads the forms the provider supports', () => {
    expect(parseMediaFragment('#t=90')).to.deep.equal({ start: 90 });
    expect(parseMediaFragment('#t=1:30')).to.deep.equal({ start: 90 });
    expect(parseMediaFragment('#t=1h2m3s')).to.deep.equal({ start: 3723 });
    expect(parseMediaFragment('#t=90,120')).to.deep.equal({ start: 90, end: 120 });
    expect(parseMediaFragment('#t=npt:90')).to.deep.equal({ start: 90 });
    expect(parseMediaFragment('#t=,20')).to.deep.equal({ start: 0, end: 20 });
    expect(parseMediaFragment('t=5')).to.deep.equal({ start: 5 });
  });

  it('finds t= among &-separated parts', () => {
    expect(parseMediaFragment('#xywh=1,2,3,4&t=1:00')).to.deep.equal({ start: 60 });
    expect(parseMediaFragment('#track=a&t=10,5')).to.deep.equal({ start: 10 });
  });

  it('returns null without a usable time', () => {
    expect(parseMediaFragment('')).to.equal(null);
    expect(parseMediaFragment('#section-2')).to.equal(null);
    expect(parseMediaFragment('#t=abc')).to.equal(null);
    expect(parseMediaFragment('#st=5')).to.equal(null);
  });
});

describe('isSafeUrl', () => {
  it('keeps http, https and relative URLs', () => {
    for (const url of ['https://example.com/a', 'HTTP://x.org', '/a/b.jpg', 'img/a.png', '../x', '//cdn.example.com/a', '?q=1', '#frag']) {
      expect(isSafeUrl(url), url).to.equal(true);
    }
  });

  it('rejects other schemes, including disguised ones', () => {
    for (const url of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:x', '\u0001javascript:x', 'data:text/html,<b>', 'vbscript:x', 'file:///etc/passwd', '', '   ']) {
      expect(isSafeUrl(url), JSON.stringify(url)).to.equal(false);
    }
  });
});
