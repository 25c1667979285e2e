// The page: search and questions, entity pages, a graph view; everything from /api/v1.
// Routes live in the address hash so every view can be bookmarked and the Back key works:
//   #/q/<text>  search or question   #/e/<id>  entity   #/g/<id>  graph   #/docs  documents
//   #/leads/<industry>  investment leads
'use strict';

const LABEL_ZH = {Document: '文件', Section: '章节', Passage: '段落', Zone: '功能区', Park: '园区',
  Industry: '产业', Enterprise: '企业', Platform: '平台', Project: '项目', Task: '任务', Bureau: '部门',
  Target: '目标'};
// The same colours as neo4j/policykg.grass, so the page and Neo4j Browser look alike.
const COLOR = {Document: '#C990C0', Section: '#A5ABB6', Passage: '#A5ABB6', Zone: '#4C8EDA', Park: '#57C7E3',
  Industry: '#F16667', Enterprise: '#D9A35E', Platform: '#8DCC93', Project: '#ECB5C9', Task: '#FFC454',
  Bureau: '#DA7194', Target: '#569480'};
const ROLE_ZH = {present: '已入驻', target: '招商对接', focus: '重点发展', lead: '牵头', support: '支持',
  unclear: '未明', mentioned: '原文提及'};
const INTENT_ZH = {parks_by_industry: '按产业找园区/功能区', enterprises: '企业（已入驻/招商对接）',
  place_industries: '园区/功能区的重点产业', platforms: '创新平台', projects: '项目',
  tasks_by_bureau: '部门负责的任务', task_bureaus: '任务的责任部门', bureaus_by_task_text: '任务的责任部门',
  task_concerns: '任务涉及的对象', targets: '量化目标', subindustries: '细分领域', places_in: '下属园区/片区',
  place_parents: '所属功能区', document_entities: '文件中提及的实体', passages: '相关原文', entity: '实体关系'};
// Internal bookkeeping, shown elsewhere on the page (evidence) or of no use to a reader.
const HIDDEN_PROPS = new Set(['sources', 'source_count', 'doc', 'section', 'start', 'end', 'search']);
const PROP_ZH = {number: '编号', text: '原文', level: '层级', status: '状态', value: '数值', unit: '单位', year: '年份',
  metric: '指标', subject: '对象', baseline: '基数', kind: '类型', title: '标题', publisher: '发布机关', date: '日期',
  file: '文件', doc_number: '文号', index_number: '索引号', line: '行'};
const QUESTION = /[?？吗呢]|哪些|哪个|哪家|什么|多少|谁|如何|怎么|是否|有没有|有哪/;

const view = document.getElementById('view');
const input = document.getElementById('q');

function esc(s) {
  return String(s ?? '').replace(/[&<>"']/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c]));
}
function badge(label) {
  return `<span class="badge" style="background:${COLOR[label] || '#8795a1'}">${esc(LABEL_ZH[label] || label)}</span>`;
}
function role(r) { return r && ROLE_ZH[r] ? `<span class="role ${esc(r)}">${ROLE_ZH[r]}</span>` : ''; }
function link(x) { return `<a href="#/e/${encodeURIComponent(x.id)}">${badge(x.label)}${esc(x.name)}</a>`; }
function evHtml(evs) {
  return (evs || []).map((e) => `<blockquote class="ev">${esc(e.text)}<cite>—— ${esc(e.document || e.doc_id || '')}${
    e.line ? ` · 第${e.line}行` : ''}</cite></blockquote>`).join('');
}
function evFor(ids, byId) {
  const evs = (ids || []).map((i) => byId[i]).filter(Boolean);
  if (!evs.length) return '';
  return `<details><summary>原文依据（${evs.length}）</summary>${evHtml(evs)}</details>`;
}

async function api(path) {
  const r = await fetch(path, {headers: {Accept: 'application/json'}});
  let body = null;
  try { body = await r.json(); } catch (_) { /* not JSON */ }
  if (!r.ok) throw new Error((body && body.error && body.error.message) || `请求失败（${r.status}）`);
  return body;
}
// Each view renders only while the address is still the one it was opened for, so a slow
// answer for an earlier view never overwrites the current one.
function guard() {
  const h = location.hash;
  return (html) => { if (location.hash === h) view.innerHTML = html; };
}
function failed(err) { return `<p class="error" role="alert">出错了：${esc(err.message)}</p>`; }

// -- home ----------------------------------------------------------------------------------
async function home() {
  const show = guard();
  let examples = [];
  try { examples = await api('/api/v1/suggestions'); } catch (_) { /* shown below as no examples */ }
  let stats = '';
  try {
    const s = await api('/api/v1/stats');
    stats = Object.entries(s.nodes).filter(([k, v]) => v && !['Section', 'Passage'].includes(k))
      .map(([k, v]) => `${badge(k)}${v}`).join(' ');
  } catch (e) { stats = `<span class="error">${esc(e.message)}</span>`; }
  show(`<h1>政策文件知识图谱</h1>
    <p class="muted">输入园区、企业、产业等名称，或直接用中文提问。每条结果都附有原文句子和所在文件。</p>
    <div class="card"><h3>试试这些</h3><div class="chips">${examples.map((x) =>
      `<a href="#/q/${encodeURIComponent(x)}">${esc(x)}</a>`).join('')}</div></div>
    <div class="card"><h3>图谱内容</h3>${stats}</div>`);
}

// -- search and questions --------------------------------------------------------------------
function answersHtml(a) {
  const byId = Object.fromEntries((a.evidence || []).map((e) => [e.passage_id, e]));
  const items = a.answers.map((x) => `<li>${link(x)}${role(x.role)}${
    x.detail ? ` <span class="muted">${esc(x.detail)}</span>` : ''}${evFor(x.sources, byId)}</li>`).join('');
  return `<ul class="plain answers">${items}</ul>`;
}

function leadsLink(industry) {
  return `<p><a class="leads-link" href="#/leads/${encodeURIComponent(industry)}">查看“${esc(industry)}”的招商线索（含缺口与导出）→</a> ${
    downloads(`/api/v1/places?industry=${encodeURIComponent(industry)}`, '园区和功能区')}</p>`;
}

function placesHtml(places) {
  if (!places.length) return '<p class="muted">没有找到相关园区或功能区。</p>';
  const col = (cls, title, xs) => `<div><h3 class="${cls}">${title}（${xs.length}）</h3><ul class="plain">${
    xs.map((x) => `<li>${link(x)}</li>`).join('') || '<li class="muted">—</li>'}</ul></div>`;
  return places.map((p) => `<div class="card place"><h3>${link(p)}</h3><div class="cols">${
    col('focus', '重点发展产业', p.industries)}${col('present', '已入驻企业', p.enterprises_present)}${
    col('target', '招商对接企业', p.enterprises_target)}</div>${
    p.evidence.length ? `<details open><summary>原文依据（${p.evidence.length}）</summary>${evHtml(p.evidence.slice(0, 4))}</details>` : ''}</div>`).join('');
}

async function query(text) {
  const show = guard();
  input.value = text;
  document.title = `${text} · 政策知识图谱`;
  show('<p class="muted">查询中…</p>');
  const asking = QUESTION.test(text) || text.length > 12;
  try {
    const [search, answer] = await Promise.all([
      api(`/api/v1/search?q=${encodeURIComponent(text)}&limit=20`),
      asking ? api(`/api/v1/ask?q=${encodeURIComponent(text)}`) : Promise.resolve(null)]);
    let hits = search.items;
    if (!hits.length && answer) {
      // A question rarely matches a name as a whole: look up the names it was read to contain.
      const named = Object.entries(answer.slots).filter(([k, v]) => Array.isArray(v) && k !== 'asks')
        .map(([, v]) => v[0]).filter(Boolean);
      if (named.length) hits = (await api(`/api/v1/search?q=${encodeURIComponent(named[0])}&limit=20`)).items;
    }
    let industry = null;
    if (answer && answer.intent === 'parks_by_industry') industry = answer.params.industry;
    else if (!answer && hits.length && hits[0].label === 'Industry') industry = hits[0].name;
    const places = industry ? await api(`/api/v1/places?industry=${encodeURIComponent(industry)}`) : null;
    let left = '';
    if (answer) {
      left += `<h2>回答 <span class="muted">${esc(INTENT_ZH[answer.intent] || '未识别的问题')}</span></h2>`;
      if (answer.note) left += `<p class="note">${esc(answer.note)}</p>`;
      if (places) {
        left += `<h3>与“${esc(industry)}”相关的园区和功能区：重点发展、已入驻企业、招商对接企业分列</h3>${leadsLink(industry)}${placesHtml(places)}`;
      } else if (answer.answers.length) {
        left += `<div class="card">${downloads(`/api/v1/ask?q=${encodeURIComponent(text)}`, '回答')}${answersHtml(answer)}</div>`;
      } else if ((answer.evidence || []).length) {
        // No names to list, but the sentences that speak to the question are the answer.
        left += `<div class="card"><h3>原文依据（${answer.evidence.length}）</h3>${
          evHtml(answer.evidence.slice(0, 4))}</div>`;
      }
      if (answer.suggestions.length && !answer.answers.length) {
        left += `<div class="card"><h3>可以这样问</h3><div class="chips">${answer.suggestions.map((x) =>
          `<a href="#/q/${encodeURIComponent(x)}">${esc(x)}</a>`).join('')}</div></div>`;
      }
      if (answer.cypher) {
        left += `<details><summary>所用查询 ${esc(answer.query)}（Cypher 与参数）</summary><pre class="cypher">${
          esc(answer.cypher)}\n\n// 参数: ${esc(JSON.stringify(answer.params))}</pre></details>`;
      }
    }
    if (places && !answer) left += `<h2>与“${esc(industry)}”相关的园区和功能区</h2>${leadsLink(industry)}${placesHtml(places)}`;
    if (!left) left = hits.length ? '<p class="muted">点击右侧结果查看详情。</p>' : '<p class="muted">没有找到结果，换个说法试试。</p>';
    const right = `<h2>检索结果（${hits.length}）</h2>${hits.length ? downloads(`/api/v1/search?q=${encodeURIComponent(text)}&limit=20`, '检索结果') : ''}<ul class="plain hits">${hits.map((h) => `<li>${link(h)}${
      h.aliases.length ? ` <span class="muted">又称 ${esc(h.aliases.slice(0, 3).join('、'))}</span>` : ''}</li>`).join('') ||
      '<li class="muted">无</li>'}</ul>`;
    show(`<div class="grid"><div>${left}</div><aside>${right}</aside></div>`);
  } catch (e) { show(failed(e)); }
}

// -- entity page ----------------------------------------------------------------------------
async function entity(id) {
  const show = guard();
  show('<p class="muted">加载中…</p>');
  try {
    const e = await api(`/api/v1/entities/${encodeURIComponent(id)}`);
    document.title = `${e.name} · 政策知识图谱`;
    const byId = Object.fromEntries([...e.evidence, ...e.mentions].map((x) => [x.passage_id, x]));
    const groups = {};
    for (const r of e.relations) {
      const key = `${r.direction === 'out' ? '' : '被'}${r.rel_zh}`;
      (groups[key] = groups[key] || []).push(r);
    }
    const rels = Object.entries(groups).map(([k, rs]) => `<div class="card rel"><h3>${esc(k)}（${rs.length}）</h3><ul class="plain">${
      rs.map((r) => `<li>${link(r.other)}${r.item ? ` <span class="muted">${esc(r.item)}</span>` : ''}${evFor(r.sources, byId)}</li>`).join('')}</ul></div>`).join('');
    const props = Object.entries(e.props).filter(([k]) => !HIDDEN_PROPS.has(k)).filter(([, v]) => v !== null && v !== '' && !(Array.isArray(v) && !v.length))
      .map(([k, v]) => `<tr><td class="muted">${esc(PROP_ZH[k] || k)}</td><td>${esc(Array.isArray(v) ? v.join('、') : v)}</td></tr>`).join('');
    const docs = [...new Set(e.mentions.map((m) => m.document).filter(Boolean))];
    show(`<p><a href="javascript:history.back()">← 返回</a></p>
      <h1>${badge(e.label)}${esc(e.name)}</h1>
      ${e.aliases.length ? `<p class="muted">又称：${esc(e.aliases.join('、'))}</p>` : ''}
      <p><a class="graph-link" href="#/g/${encodeURIComponent(e.id)}">查看关系图 →</a></p>
      <div class="grid"><div><h2>关系</h2>${rels ? downloads(`/api/v1/entities/${encodeURIComponent(e.id)}`, '关系') : ''}${rels || '<p class="muted">暂无关系。</p>'}</div>
      <aside>${props ? `<h2>属性</h2><table class="props">${props}</table>` : ''}
      ${docs.length ? `<h2>出现在文件</h2><ul class="plain">${docs.map((d) => `<li>${esc(d)}</li>`).join('')}</ul>` : ''}
      <h2>原文提及（${e.mention_count || e.mentions.length}）</h2><div class="mentions">${evHtml(e.mentions) || '<p class="muted">无</p>'}</div></aside></div>`);
  } catch (err) { show(failed(err)); }
}

// -- graph view -----------------------------------------------------------------------------
async function graph(id) {
  const show = guard();
  show('<p class="muted">加载中…</p>');
  try {
    const g = await api(`/api/v1/entities/${encodeURIComponent(id)}/graph?limit=60`);
    const center = g.nodes.find((n) => n.id === g.center);
    document.title = `${center.name} 关系图 · 政策知识图谱`;
    const labels = [...new Set(g.nodes.map((n) => n.label))];
    show(`<p><a href="#/e/${encodeURIComponent(id)}">← ${esc(center.name)}</a></p>
      <h1>${esc(center.name)} 的关系图</h1>
      <p class="legend">${labels.map((l) => `<span><i style="background:${COLOR[l]}"></i>${esc(LABEL_ZH[l] || l)}</span>`).join('')}
      <span class="muted">点击节点打开实体页；也可用下方列表（Tab 键）浏览。</span></p>
      <div id="cy" role="img" aria-label="${esc(center.name)} 的一跳关系图，共 ${g.nodes.length} 个节点"></div>
      <h2>节点（${g.nodes.length}）</h2><ul class="plain node-list">${g.nodes.map((n) => `<li>${link(n)}</li>`).join('')}</ul>`);
    if (!document.getElementById('cy')) return;
    if (typeof window.cytoscape !== 'function') {
      document.getElementById('cy').outerHTML = '<p class="error">图形库未安装：请运行 make setup（npm ci）。</p>';
      return;
    }
    const cy = window.cytoscape({
      container: document.getElementById('cy'),
      elements: [
        ...g.nodes.map((n) => ({data: {id: n.id, name: n.name, label: n.label, center: n.id === g.center ? 1 : 0}})),
        ...g.edges.map((e) => ({data: {id: e.id, source: e.source, target: e.target, rel: e.rel_zh}}))],
      style: [
        {selector: 'node', style: {'background-color': (n) => COLOR[n.data('label')] || '#999', label: 'data(name)',
          'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 4, width: 26, height: 26,
          'text-wrap': 'ellipsis', 'text-max-width': 120}},
        {selector: 'node[center = 1]', style: {width: 44, height: 44, 'font-weight': 'bold', 'font-size': 13,
          'border-width': 3, 'border-color': '#1f2933'}},
        {selector: 'edge', style: {width: 1.5, 'line-color': '#b8c2cc', 'target-arrow-color': '#b8c2cc',
          'target-arrow-shape': 'triangle', 'curve-style': 'bezier', label: g.edges.length > 25 ? '' : 'data(rel)', 'font-size': 9,
          color: '#5f6b7a', 'text-rotation': 'autorotate'}}],
      layout: g.nodes.length > 14
        ? {name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 9000, idealEdgeLength: () => 90,
          numIter: 600, padding: 20}
        : {name: 'concentric', concentric: (n) => (n.data('center') ? 2 : 1), levelWidth: () => 1,
          minNodeSpacing: 30, animate: false},
      wheelSensitivity: 0.3, maxZoom: 2.5, minZoom: 0.2,
    });
    cy.fit(undefined, 40);
    if (cy.zoom() > 1.1) { cy.zoom(1.1); cy.center(); }
    cy.on('tap', 'node', (ev) => { location.hash = `#/e/${encodeURIComponent(ev.target.id())}`; });
    window.__cy = cy;
  } catch (err) { show(failed(err)); }
}

// -- documents --------------------------------------------------------------------------------
async function docs() {
  // The list, uploads and removal live in documents.js.
  return documentsView(guard(), {api, esc, evHtml, failed, link, downloads});
}
async function doc(id) {
  const show = guard();
  try {
    const [e, s] = await Promise.all([api(`/api/v1/entities/${encodeURIComponent(id)}`),
      api(`/api/v1/documents/${encodeURIComponent(id)}/sections`)]);
    show(`<p><a href="#/docs">← 文件</a></p><h1>${esc(e.props.title || e.name)}</h1>
      <p><a href="#/e/${encodeURIComponent(id)}">文件的关系与任务 →</a></p>
      <h2>章节</h2><ul class="plain">${s.items.map((x) => `<li style="padding-left:${((x.level || 1) - 1) * 18}px">${
      esc(x.name)}</li>`).join('')}</ul>`);
  } catch (err) { show(failed(err)); }
}

// -- downloads -----------------------------------------------------------------------------
// Every list on the page comes from an API list; the same URL with format=csv|xlsx is its file.
function downloads(url, label) {
  const sep = url.includes('?') ? '&' : '?';
  return `<span class="downloads" aria-label="下载${esc(label || '列表')}">下载：<a class="dl-csv" href="${
    esc(url + sep)}format=csv" download>CSV</a> <a class="dl-xlsx" href="${esc(url + sep)}format=xlsx" download>Excel</a></span>`;
}

// -- leads (招商线索) -------------------------------------------------------------------------
const LEAD_SECTIONS = [['places', '重点发展的园区和功能区'], ['present', '已入驻企业'], ['courted', '招商对接企业'],
  ['platforms', '创新平台'], ['projects', '项目'], ['gaps', '缺口：重点发展但尚无点名企业的园区和功能区']];

function leadTable(rows) {
  if (!rows.length) return '<p class="muted">图中没有这类记录。</p>';
  return `<table class="leads"><thead><tr><th>名称</th><th>所在/对接</th><th>产业</th><th>原文依据（最有力的在前）</th></tr></thead><tbody>${
    rows.map((r) => `<tr><td>${link(r)}</td><td>${r.place_id ? `<a href="#/e/${encodeURIComponent(r.place_id)}">${esc(r.place)}</a>` : ''}</td><td>${
      esc(r.industry || '')}</td><td>${r.evidence.length ? evHtml(r.evidence.slice(0, 1)) : '<span class="muted">—</span>'}${
      r.evidence.length > 1 ? `<details><summary>另有 ${r.evidence.length - 1} 条依据</summary>${evHtml(r.evidence.slice(1))}</details>` : ''}</td></tr>`).join('')}</tbody></table>`;
}

async function leadsView(industry) {
  const show = guard();
  if (!industry) {
    show(`<h1>招商线索</h1><p class="muted">输入一个产业，查看重点发展它的园区和功能区、已入驻企业、招商对接企业、创新平台、项目，以及缺口。</p>
      <form id="leads-form" class="card"><label for="leads-q">产业</label> <input id="leads-q" maxlength="100" placeholder="例如：氢能">
      <button type="submit">查看</button></form>`);
    const form = document.getElementById('leads-form');
    if (form) form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      const v = document.getElementById('leads-q').value.trim();
      if (v) location.hash = `#/leads/${encodeURIComponent(v)}`;
    });
    return;
  }
  show('<p class="muted">加载中…</p>');
  document.title = `${industry} 招商线索 · 政策知识图谱`;
  try {
    const url = `/api/v1/leads?industry=${encodeURIComponent(industry)}`;
    const L = await api(url);
    const parts = LEAD_SECTIONS.map(([key, title]) => `<section class="card lead-section" data-section="${key}"><h2>${
      esc(title)}（${L[key].length}）</h2>${leadTable(L[key])}</section>`).join('');
    show(`<h1>招商线索：${esc(L.industry)}</h1>
      <p class="muted">含下位产业；每行附原文句子和文件，依据最多的排在前面。所用查询：leads。 ${downloads(url, '招商线索')}</p>${parts}`);
  } catch (e) { show(failed(e)); }
}

// -- routing and keys ---------------------------------------------------------------------------
function route() {
  const h = location.hash.replace(/^#\/?/, '');
  const [kind, ...rest] = h.split('/');
  const arg = decodeURIComponent(rest.join('/'));
  if (kind === 'q' && arg) return query(arg);
  if (kind === 'e' && arg) return entity(arg);
  if (kind === 'g' && arg) return graph(arg);
  if (kind === 'd' && arg) return doc(arg);
  if (kind === 'docs') return docs();
  if (kind === 'leads') return leadsView(arg);
  return home();
}

document.getElementById('search-form').addEventListener('submit', (ev) => {
  ev.preventDefault();
  const text = input.value.trim();
  if (!text) { input.focus(); return; }
  const target = `#/q/${encodeURIComponent(text)}`;
  if (location.hash === target) route(); else location.hash = target;
});
document.addEventListener('keydown', (ev) => {
  if (ev.key === '/' && document.activeElement !== input) { ev.preventDefault(); input.focus(); input.select(); }
});
window.addEventListener('hashchange', () => { route(); document.getElementById('main').focus({preventScroll: true}); });
route();
