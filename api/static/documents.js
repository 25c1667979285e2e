// The documents view (#/docs): every document with when and from which file it was added;
// and, when the server has a token configured, an upload form (drag and drop, several files,
// progress) that then shows each new document's facts with their sentences, and a remove
// action on every document. The token is typed once and kept for this browser tab only.
'use strict';

const TOKEN_KEY = 'policykg-token';
const KIND_ZH = {added: '新增', replaced: '已替换', unchanged: '未变（内容相同）'};

async function documentsView(show, h) {
  let list;
  let uploads;
  try {
    [list, uploads] = await Promise.all([h.api('/api/v1/documents?limit=1000'), h.api('/api/v1/uploads')]);
  } catch (e) { show(h.failed(e)); return; }
  show(`<h1>文件（<span id="doc-count">${list.items.length}</span>）</h1>${
    h.downloads('/api/v1/documents', '文件列表')}${uploads.enabled ? uploadFormHtml(uploads) : ''}
    <div id="upload-result" aria-live="polite"></div>
    <div id="doc-list">${list.items.map((x) => docCardHtml(x, uploads.enabled, h)).join('')}</div>`);
  if (uploads.enabled) wireUploads(uploads, h);
}

// After a change: the list again, the form (token, progress, status) left as it is.
async function refreshDocuments(h) {
  const list = await h.api('/api/v1/documents?limit=1000');
  document.getElementById('doc-count').textContent = list.items.length;
  document.getElementById('doc-list').innerHTML = list.items.map((x) => docCardHtml(x, true, h)).join('');
}

function docCardHtml(x, canRemove, h) {
  const added = x.added_at ? `添加于 ${h.esc(x.added_at.replace('T', ' ').replace('Z', ' UTC'))}，来自 ${
    h.esc(x.added_from === 'upload' ? '上传' : x.added_from || '')}（${h.esc(x.file || '')}）` : '';
  return `<div class="card doc" data-id="${h.esc(x.id)}"><h3><a href="#/d/${encodeURIComponent(x.id)}">${
    h.esc(x.title || x.name)}</a>${canRemove && x.added_at ? ` <button type="button" class="remove" data-id="${
    h.esc(x.id)}">删除</button>` : ''}</h3><p class="muted">${h.esc(x.date || '')} ${h.esc(x.publisher || '')} · 章节 ${
    x.sections} · 任务 ${x.tasks} · 目标 ${x.targets}</p>${added ? `<p class="muted added">${added}</p>` : ''}</div>`;
}

function uploadFormHtml(u) {
  return `<form id="upload-form" class="card upload"><h3>添加或替换文件</h3>
    <p class="muted">支持 ${u.formats.join(' ')}（PDF 须有文字层），一次最多 ${u.max_files} 个，每个不超过 ${
    Math.round(u.max_file_bytes / 1048576)} MB。同名文件会替换原文件。</p>
    <label for="upload-token">令牌</label>
    <input id="upload-token" type="password" autocomplete="off" value="${sessionStorage.getItem(TOKEN_KEY) || ''}">
    <div id="drop-zone" class="drop" tabindex="0">把文件拖到这里，或 <label class="pick">选择文件<input id="upload-files"
      type="file" multiple accept="${u.formats.join(',')}"></label></div>
    <ul id="upload-chosen" class="plain"></ul>
    <button type="submit" id="upload-send">上传</button>
    <progress id="upload-progress" max="1" value="0" hidden></progress> <span id="upload-status" class="muted"></span>
  </form>`;
}

function wireUploads(u, h) {
  const form = document.getElementById('upload-form');
  const zone = document.getElementById('drop-zone');
  const input = document.getElementById('upload-files');
  let chosen = [];
  const list = () => {
    document.getElementById('upload-chosen').innerHTML = chosen.map((f) =>
      `<li>${h.esc(f.name)} <span class="muted">${(f.size / 1e3).toFixed(0)} KB</span></li>`).join('');
  };
  input.addEventListener('change', () => { chosen = [...input.files]; list(); });
  for (const kind of ['dragenter', 'dragover']) {
    zone.addEventListener(kind, (ev) => { ev.preventDefault(); zone.classList.add('over'); });
  }
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (ev) => {
    ev.preventDefault();
    zone.classList.remove('over');
    chosen = [...ev.dataTransfer.files];
    list();
  });
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const token = document.getElementById('upload-token').value.trim();
    const status = document.getElementById('upload-status');
    if (!token) { status.textContent = '请先输入令牌。'; return; }
    if (!chosen.length) { status.textContent = '请先选择文件。'; return; }
    sessionStorage.setItem(TOKEN_KEY, token);
    const bar = document.getElementById('upload-progress');
    bar.hidden = false;
    bar.value = 0;
    status.textContent = '上传中…';
    try {
      const res = await sendFiles(chosen, token, (share) => {
        bar.value = share;
        if (share >= 1) status.textContent = '正在读取、抽取并更新图谱…';
      });
      status.textContent = `完成，用时 ${res.seconds} 秒。`;
      document.getElementById('upload-result').innerHTML = await uploadResultHtml(res, h);
      await refreshDocuments(h);
    } catch (e) {
      status.textContent = '';
      document.getElementById('upload-result').innerHTML = h.failed(e);
    }
  });
  document.getElementById('doc-list').addEventListener('click', async (ev) => {
    const button = ev.target.closest('button.remove');
    if (!button) return;
    const id = button.dataset.id;
    const token = document.getElementById('upload-token').value.trim();
    if (!token) { document.getElementById('upload-status').textContent = '请先输入令牌。'; return; }
    if (!window.confirm(`删除 ${id} 及只由它支撑的事实？`)) return;
    sessionStorage.setItem(TOKEN_KEY, token);
    const r = await fetch(`/api/v1/documents/${encodeURIComponent(id)}`,
      {method: 'DELETE', headers: {Authorization: `Bearer ${token}`, Accept: 'application/json'}});
    const body = await r.json().catch(() => null);
    await refreshDocuments(h);
    document.getElementById('upload-result').innerHTML = r.ok
      ? `<p class="note removed">已删除 ${h.esc(body.removed.join('、'))}。</p>`
      : h.failed(new Error((body && body.error && body.error.message) || `删除失败（${r.status}）`));
  });
}

// XMLHttpRequest, not fetch: only it reports upload progress.
function sendFiles(files, token, onProgress) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/v1/documents');
    xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = (e) => { if (e.lengthComputable) onProgress(e.loaded / e.total); };
    xhr.upload.onload = () => onProgress(1);
    xhr.onload = () => {
      let body = null;
      try { body = JSON.parse(xhr.responseText); } catch (_) { /* not JSON */ }
      if (xhr.status === 200) resolve(body);
      else reject(new Error((body && body.error && body.error.message) || `上传失败（${xhr.status}）`));
    };
    xhr.onerror = () => reject(new Error('网络错误，文件未上传'));
    const data = new FormData();
    for (const f of files) data.append('files', f, f.name);
    xhr.send(data);
  });
}

async function uploadResultHtml(res, h) {
  const parts = [];
  for (const kind of ['added', 'replaced', 'unchanged']) {
    for (const file of res[kind]) {
      for (const id of res.documents[file] || []) {
        const facts = await h.api(`/api/v1/documents/${encodeURIComponent(id)}/facts?limit=200`);
        const groups = new Map();  // one line per fact, with every sentence that states it
        for (const f of facts) {
          const key = `${f.from_id}|${f.rel}|${f.to_id}`;
          if (!groups.has(key)) groups.set(key, {fact: f, evidence: []});
          groups.get(key).evidence.push({text: f.text, document: file, line: f.line});
        }
        const items = [...groups.values()].map(({fact: f, evidence}) => `<li>${
          h.link({id: f.from_id, name: f.from_name, label: f.from_label})} <span class="muted">${
          h.esc(f.rel_zh || f.rel)}</span> ${h.link({id: f.to_id, name: f.to_name, label: f.to_label})}${
          h.evHtml(evidence.slice(0, 1))}${evidence.length > 1 ? `<details><summary>其余原文依据（${
          evidence.length - 1}）</summary>${h.evHtml(evidence.slice(1))}</details>` : ''}</li>`);
        parts.push(`<div class="card new-doc" data-id="${h.esc(id)}"><h3>${KIND_ZH[kind]}：<a href="#/d/${
          encodeURIComponent(id)}">${h.esc(file)}</a> <span class="muted">${h.esc(id)}</span></h3>
          <p class="muted">原文陈述的事实 ${groups.size} 条${facts.length >= 200 ? '（只取前 200 句）' : ''}</p>
          <ul class="plain facts">${items.join('')}</ul></div>`);
      }
    }
  }
  return parts.join('') || '<p class="muted">没有新的文件。</p>';
}
