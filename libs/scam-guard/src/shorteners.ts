// URL shorteners: the destination is hidden from the reader and from the guard, so a shortened
// link is at least flagged (and held for a new account, like any outside link). Hand-kept: no
// maintained list of shorteners is published on npm; add hosts here, one per entry.
export const SHORTENERS: ReadonlySet<string> = new Set([
  'bit.ly', 'bitly.com', 'tinyurl.com', 't.co', 'goo.gl', 'cutt.ly', 'is.gd', 'v.gd', 'rebrand.ly', 'shorturl.at',
  'tiny.cc', 'ow.ly', 'rb.gy', 't.ly', 'buff.ly', 'bl.ink', 'short.io', 'shorte.st', 'adf.ly', 'tiny.one',
  'lnkd.in', 'soo.gd', 's.id', 'clck.ru', 'qr.ae', 'u.to', 'x.gd', 'shorturl.asia', 'urlz.fr', 'surl.li',
  'tinu.be', 'han.gl', 'me2.do', 'ouo.io', 'gg.gg', 'linktr.ee', 'lnk.bio', 'dub.sh', 'dub.co', 'kutt.it',
  // Chinese shorteners
  't.cn', 'url.cn', 'dwz.cn', 'suo.im', 'sina.lt', 'mrw.so', 'w.url.cn', 'c.tb.cn', 'u.jd.com', 'dwz.mk', '0x3.me',
]);
