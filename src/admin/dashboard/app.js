// The dashboard: log in with an admin token (kept in sessionStorage, sent only as a Bearer header, never in a
// URL), then poll the API every 2 s and draw. Everything is written with textContent, never as HTML.
import { drawLines } from './chart.js';

const POLL_MS = 2000;
const HISTORY = 150; // 5 minutes of samples
const KEY = 'phiwall.adminToken';
const ACTION_COLORS = { allow: '#1a7f37', rewrite: '#bf8700', redact: '#bf8700', tokenize: '#0969da', 'redact+tokenize': '#8250df', block: '#c0262d' };
const PALETTE = ['#8250df', '#0969da', '#bf8700', '#c0262d', '#1a7f37', '#57606a', '#e16f24', '#1b7c83', '#cf222e', '#6e7781'];

const $ = (id) => document.getElementById(id);
let timer;
let previous;
const history = { time: [], rate: [], actions: {}, categories: {} };

async function api(path, init = {}) {
  const token = sessionStorage.getItem(KEY);
  const res = await fetch(path, { ...init, headers: { ...(init.headers || {}), authorization: `Bearer ${token}` } });
  if (res.status === 401) {
    logout('The token was not accepted.');
    throw new Error('unauthorized');
  }
  return res;
}

async function login(event) {
  event.preventDefault();
  sessionStorage.setItem(KEY, $('token').value.trim());
  $('token').value = '';
  await start();
}

async function start() {
  if (!sessionStorage.getItem(KEY)) return showLogin('');
  let me;
  try {
    me = await (await api('/whoami')).json();
  } catch {
    return;
  }
  $('login').hidden = true;
  $('main').hidden = false;
  $('logout').hidden = false;
  $('whoami').textContent = `${me.name} (${me.role})`;
  if (!me.can.includes('view')) {
    $('main').hidden = true;
    $('whoami').textContent += ' — this role cannot view the dashboard';
    return;
  }
  $('policy').hidden = !me.can.includes('operate');
  await poll();
  timer = setInterval(poll, POLL_MS);
}

function logout(message = '') {
  clearInterval(timer);
  sessionStorage.removeItem(KEY);
  previous = undefined;
  showLogin(message);
}

function showLogin(message) {
  $('login').hidden = false;
  $('main').hidden = true;
  $('logout').hidden = true;
  $('whoami').textContent = '';
  $('login-error').textContent = message;
}

async function poll() {
  try {
    const [stats, ups, sess, audit] = await Promise.all(
      ['/stats', '/upstreams', '/sessions', '/audit/recent?n=20'].map((p) => api(p).then((r) => r.json())),
    );
    showStats(stats);
    showUpstreams(ups.upstreams);
    showSessions(sess.sessions);
    showAudit(audit.records);
  } catch {
    // a failed poll is retried on the next tick
  }
}

function showStats(s) {
  badge($('ready'), s.ready, 'ready', 'not ready');
  badge($('audit-state'), s.audit_healthy, 'audit ok', 'audit failing');
  $('sessions-count').textContent = String(s.sessions.bound);
  $('upstreams-bound').textContent = s.upstreams.map((u) => `${u.bound}/${u.binds}`).join(' · ') || '–';
  $('submits-total').textContent = String(s.submits);
  fillPolicies(s.policies);
  if (previous) {
    const seconds = Math.max(0.001, (s.time - previous.time) / 1000);
    const rate = (s.submits - previous.submits) / seconds;
    $('throughput').textContent = `${rate.toFixed(1)} msg/s`;
    push(history.rate, rate);
    delta(history.actions, s.decisions, previous.decisions);
    delta(history.categories, s.findings, previous.findings);
    drawLines($('chart-throughput'), [{ name: 'msg/s', color: '#0969da', values: history.rate }]);
    drawLines($('chart-actions'), Object.entries(history.actions).map(([name, values]) => ({ name, color: ACTION_COLORS[name] || '#57606a', values })));
    drawLines($('chart-categories'), Object.entries(history.categories).map(([name, values], i) => ({ name, color: PALETTE[i % PALETTE.length], values })));
  }
  previous = s;
}

/** Appends this interval's increase of every counter (a counter seen for the first time starts at 0). */
function delta(series, now, before) {
  for (const key of new Set([...Object.keys(now), ...Object.keys(series)])) {
    series[key] ??= [];
    push(series[key], Math.max(0, (now[key] ?? 0) - (before[key] ?? 0)));
  }
}

function push(list, v) {
  list.push(v);
  if (list.length > HISTORY) list.shift();
}

function badge(el, ok, yes, no) {
  el.textContent = ok ? yes : no;
  el.className = `badge ${ok ? 'ok' : 'bad'}`;
}

function fillPolicies(names) {
  const select = $('policy-name');
  if (select.options.length === names.length) return;
  select.replaceChildren(...names.map((n) => new Option(n, n, n === 'strict', n === 'strict')));
}

function rows(table, data, cells) {
  const body = table.tBodies[0];
  body.replaceChildren(
    ...data.map((d) => {
      const tr = document.createElement('tr');
      for (const c of cells(d)) {
        const td = document.createElement('td');
        if (c && typeof c === 'object') {
          td.textContent = c.text;
          td.className = c.className;
        } else td.textContent = c ?? '';
        tr.append(td);
      }
      return tr;
    }),
  );
}

function showUpstreams(ups) {
  const binds = ups.flatMap((u) => u.binds.map((b) => ({ upstream: u.name, ...b })));
  rows($('upstreams'), binds, (b) => [b.upstream, b.bind, { text: b.state, className: `state-${b.state}` }, b.in_flight, b.queued]);
}

function showSessions(sessions) {
  const bound = sessions.filter((s) => s.bound);
  rows($('sessions'), bound, (s) => [s.system_id, s.mode, s.listener, s.peer, new Date(s.bound_since).toLocaleTimeString(), s.in_flight]);
}

function showAudit(records) {
  const detail = (r) => r.event ?? r.status ?? r.reason ?? r.outcome ?? '';
  const categories = (r) => (r.categories ? Object.entries(r.categories).map(([c, n]) => `${c}×${n}`).join(' ') : r.category ?? '');
  rows($('audit'), records.slice().reverse(), (r) => [r.seq, new Date(r.time).toLocaleTimeString(), r.type, r.client ?? r.actor ?? '', r.action ?? r.outcome ?? '', categories(r), detail(r)]);
}

async function runPolicyTest() {
  const out = $('policy-verdict');
  out.textContent = 'testing…';
  try {
    const res = await api('/policy/test', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: $('policy-text').value, policy: $('policy-name').value || 'strict' }),
    });
    const r = await res.json();
    if (!res.ok) {
      out.textContent = `error: ${r.error}`;
      return;
    }
    const lines = [`${r.action.toUpperCase()}${r.status ? ` (${r.status})` : ''} — ${r.reason}${r.wouldBe ? `, would be ${r.wouldBe}` : ''}  [${r.policy}]`];
    for (const f of r.findings) lines.push(`finding ${f.category}${f.sensitive ? `/${f.sensitive}` : ''} “${f.value}” (${f.detector})`);
    lines.push(r.carrier ? `carrier receives (${r.carrier.encoding}, ${r.carrier.parts} part(s)): ${r.carrier.text}` : 'carrier receives: nothing (refused)');
    out.textContent = lines.join('\n');
  } catch {
    out.textContent = 'error: the request failed';
  }
}

$('login-form').addEventListener('submit', login);
$('logout').addEventListener('click', () => logout(''));
$('policy-run').addEventListener('click', runPolicyTest);
start();
