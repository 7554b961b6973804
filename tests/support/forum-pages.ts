import type { ForumPost } from './forum-site';

/** The markup of the forum and news clones (forum-site.ts): Discuz-like lists and threads, a news page. */

const esc = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
const pad = (n: number) => String(n).padStart(2, '0');
/** Beijing wall-clock fields of an instant. */
const cst = (d: Date) => {
  const t = new Date(d.getTime() + 8 * 3_600_000);
  return {
    y: t.getUTCFullYear(),
    mo: t.getUTCMonth() + 1,
    d: t.getUTCDate(),
    h: t.getUTCHours(),
    mi: t.getUTCMinutes(),
  };
};

/** How a Chinese forum shows a post's age on its list: 刚刚, 5分钟前, 3小时前, 昨天 08:12, 2026-12-04. */
export function listTime(at: Date, now = new Date()): string {
  const minutes = Math.floor((now.getTime() - at.getTime()) / 60_000);
  if (minutes < 1) return '刚刚';
  if (minutes < 60) return `${minutes}分钟前`;
  if (minutes < 24 * 60 && cst(at).d === cst(now).d) return `${Math.floor(minutes / 60)}小时前`;
  const c = cst(at);
  if (minutes < 48 * 60 && cst(new Date(now.getTime() - 86_400_000)).d === c.d)
    return `昨天 ${pad(c.h)}:${pad(c.mi)}`;
  return `${c.y}-${pad(c.mo)}-${pad(c.d)}`;
}

const fullTime = (at: Date) => {
  const c = cst(at);
  return `${c.y}年${c.mo}月${c.d}日 ${pad(c.h)}:${pad(c.mi)}`;
};
const threadHref = (p: ForumPost) => `${p.private ? 'private/' : ''}thread-${p.id}-1-1.html`;
const short = (title: string) => (title.length > 16 ? `${title.slice(0, 16)}…` : title);
const header = `<div id="hd"><a href="/">首页</a> | <a href="/search?q=">搜索</a> | <a href="/bbs/private/admin.html">版务管理</a></div>`;

function rowsV1(posts: ForumPost[]): string {
  const sticky = `<tr class="thread sticky"><td class="subject"><a class="title" href="thread-1-1-1.html">【置顶】民生留言板发帖须知</a></td><td class="author"><cite>版主</cite></td><td class="num">0/9999</td><td class="lastpost"><em>2019-01-01</em></td></tr>`;
  const rows = posts.map(
    (p) =>
      `<tr class="thread"><td class="subject"><em>[民生]</em> <a class="title" href="${threadHref(p)}" title="${esc(p.title)}">${esc(short(p.title))}</a></td><td class="author"><cite><a href="space-uid-${p.id % 97}.html">${esc(p.author)}</a></cite></td><td class="num">${p.replies}/${p.replies * 13 + 7}</td><td class="lastpost"><em>${listTime(p.publishedAt)}</em></td></tr>`,
  );
  return `<table class="threadlist" cellspacing="0">${sticky}${rows.join('')}</table>`;
}

function rowsV2(posts: ForumPost[]): string {
  const items = posts.map(
    (p) =>
      `<li class="msg-card"><h3><a href="/bbs/t/${p.id}">${esc(p.title)}</a></h3><p>${esc(p.author)} · ${listTime(p.publishedAt)}</p></li>`,
  );
  return `<ul class="msg-feed">${items.join('')}</ul>`;
}

/** A list page in GBK: no <tbody> in the markup (browsers and parse5 add it), relative links. */
export function forumListPage(posts: ForumPost[], page: number, pages: number, layout: 'v1' | 'v2'): string {
  const next = page < pages ? `<a href="forum-${page + 1}.html" class="nxt">下一页</a>` : '';
  const numbers = Array.from({ length: pages }, (_, i) =>
    i + 1 === page ? `<strong>${i + 1}</strong>` : `<a href="forum-${i + 1}.html">${i + 1}</a>`,
  ).join('');
  return `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>民生留言板 - 第${page}页 - 瓷都论坛</title></head><body>${header}
<div class="notice">本版仅受理本市民生诉求，请文明发帖，勿留个人隐私信息。</div>
${layout === 'v1' ? rowsV1(posts) : rowsV2(posts)}
<div class="pages">${numbers}${next}</div><div id="ft">© 瓷都论坛 版权所有</div></body></html>`;
}

/** A thread: the opening post (the message) and a reply that must not be taken for it. */
export function forumThreadPage(p: ForumPost): string {
  const paragraphs = p.body
    .split(/(?<=[。！？])/)
    .filter(Boolean)
    .map((s) => `${esc(s)}<br />`)
    .join('\n');
  return `<!DOCTYPE html><html><head><meta charset="gbk"><title>${esc(p.title)} - 民生留言板 - 瓷都论坛</title></head><body>${header}
<h1 id="thread_subject">${esc(p.title)}</h1>
<div class="thread-stats">查看: <span class="views">${p.replies * 13 + 7}</span> | <span class="replies">回复: ${p.replies}</span></div>
<div class="post first"><div class="pi"><a class="poster" href="space-uid-${p.id % 97}.html">${esc(p.author)}</a> <span class="posttime">发表于 ${fullTime(p.publishedAt)}</span></div>
<div class="t_msg">${paragraphs}<script>showAd('inline')</script></div><div class="sign">个人签名：热爱瓷都</div><span class="recommend">支持(${p.likes})</span></div>
<div class="post"><div class="pi"><a class="poster" href="space-uid-3.html">热心网友</a> <span class="posttime">发表于 刚刚</span></div><div class="t_msg">同样的问题我们小区也有，希望有关部门尽快处理！</div></div>
</body></html>`;
}

const articleLoc = (origin: string, a: ForumPost) => `${origin}/news/2026/${a.id}.html`;

/** A sitemap index of two sitemaps: the older half of the articles and the newer half. */
export function sitemapIndex(articles: ForumPost[], origin: string): string {
  const half = Math.ceil(articles.length / 2);
  const last = (n: number) => (n === 1 ? articles[half - 1] : articles.at(-1))!.publishedAt.toISOString();
  return `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>${origin}/sitemaps/news-1.xml</loc><lastmod>${last(1)}</lastmod></sitemap>
<sitemap><loc>${origin}/sitemaps/news-2.xml</loc><lastmod>${last(2)}</lastmod></sitemap></sitemapindex>`;
}

export function sitemapUrlset(articles: ForumPost[], n: number, origin: string): string {
  const half = Math.ceil(articles.length / 2);
  const part = n === 1 ? articles.slice(0, half) : articles.slice(half);
  const urls = part.map(
    (a) => `<url><loc>${articleLoc(origin, a)}</loc><lastmod>${a.publishedAt.toISOString()}</lastmod></url>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>${origin}/about.html</loc><lastmod>2020-01-01</lastmod></url>${urls.join('')}</urlset>`;
}

/** A news article among navigation, a hot list and a footer: readability must find the text. */
export function articlePage(a: ForumPost, origin: string): string {
  const c = cst(a.publishedAt);
  const stamp = `${c.y}-${pad(c.mo)}-${pad(c.d)} ${pad(c.h)}:${pad(c.mi)}`;
  const extra =
    '记者了解到，相关部门已经注意到市民反映的情况，表示将尽快组织人员进行实地核查，并及时公布处理结果。';
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${esc(a.title)}_瓷都新闻网</title>
<link rel="canonical" href="${articleLoc(origin, a)}"><meta name="PubDate" content="${stamp}"><meta name="author" content="记者 ${esc(a.author)}"></head>
<body><header><nav><a href="/">首页</a><a href="/news/">本地新闻</a><a href="/bbs/forum-1.html">论坛</a></nav></header>
<div class="crumb">当前位置：首页 &gt; 本地新闻</div>
<article><h1>${esc(a.title)}</h1><div class="info">${stamp} 来源：瓷都新闻网</div>
<p>${esc(a.body)}</p><p>${extra}</p><p>市民如有相关线索，可拨打12345政务服务便民热线反映。</p></article>
<aside><h3>热门新闻</h3><ul><li><a href="/news/1.html">全市开展安全生产大检查</a></li><li><a href="/news/2.html">老城区改造项目启动</a></li></ul></aside>
<footer>瓷都新闻网 版权所有 备案号：赣ICP备00000000号</footer></body></html>`;
}
