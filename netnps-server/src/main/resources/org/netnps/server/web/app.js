// netnps dashboard: reads the REST API with the token kept in this tab's session storage.
'use strict';

const state = { token: null, me: null, map: null, gridLayer: null, cellLayer: null, hours: [], charts: [] };

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === 'class') e.className = v;
    else if (k.startsWith('on')) e.addEventListener(k.substring(2), v);
    else e.setAttribute(k, v);
  }
  for (const c of children) {
    if (c !== null && c !== undefined) e.append(c instanceof Node ? c : String(c));
  }
  return e;
}

function fmt(x, digits) {
  if (x === null || x === undefined || Number.isNaN(x)) return '';
  if (typeof x === 'number' && digits === undefined && Number.isInteger(x)) return x.toLocaleString('en');
  return typeof x === 'number' ? x.toFixed(digits === undefined ? 1 : digits) : String(x);
}

async function api(path, options) {
  const init = Object.assign({ headers: {} }, options || {});
  init.headers['Authorization'] = 'Bearer ' + state.token;
  if (init.body) init.headers['Content-Type'] = 'application/json';
  const r = await fetch('/api/v1' + path, init);
  const body = await r.json().catch(() => ({}));
  if (!r.ok) {
    const err = new Error(body.error || ('HTTP ' + r.status));
    err.status = r.status;
    throw err;
  }
  return body;
}

function table(id, columns, rows, onClick) {
  const t = document.getElementById(id);
  t.replaceChildren();
  t.append(el('tr', {}, ...columns.map(c => el('th', {}, c.title))));
  for (const row of rows) {
    const tr = el('tr', onClick ? { class: 'clickable', onclick: () => onClick(row) } : {},
      ...columns.map(c => {
        const v = c.value ? c.value(row) : row[c.key];
        return el('td', typeof v === 'number' ? { class: 'num' } : {}, v instanceof Node ? v : fmt(v, c.digits));
      }));
    t.append(tr);
  }
  if (rows.length === 0) t.append(el('tr', {}, el('td', { colspan: columns.length, class: 'muted' }, 'none')));
}

// ---- overview ----
async function overview() {
  const nps = await api('/nps');
  document.getElementById('network-nps').textContent = String(nps.network_nps);
  document.getElementById('network-nps-ci').textContent =
    '95% interval [' + fmt(nps.network_nps_ci95[0]) + ', ' + fmt(nps.network_nps_ci95[1]) + ']';
  document.getElementById('survey-nps').textContent = String(nps.survey_nps);
  document.getElementById('survey-nps-ci').textContent = (nps.survey_nps_ci95
    ? '[' + fmt(nps.survey_nps_ci95[0]) + ', ' + fmt(nps.survey_nps_ci95[1]) + '] ' : '') +
    'from ' + nps.survey_responses + ' answers';
  document.getElementById('subscribers-scored').textContent = nps.subscribers_scored.toLocaleString('en');
  document.getElementById('period').textContent = nps.period.start.substring(0, 10) + ' to ' + nps.period.end.substring(0, 10);
  const share = nps.network_explains ? nps.network_explains.share_of_detractor_risk : null;
  document.getElementById('network-share').textContent = share === null ? '-' : fmt(100 * share, 0) + '%';
  table('regions-table', [{ title: 'region', key: 'region' }, { title: 'subscribers', key: 'subscribers' },
    { title: 'network NPS', key: 'network_nps' },
    { title: '95% interval', value: r => '[' + fmt(r.network_nps_ci95[0]) + ', ' + fmt(r.network_nps_ci95[1]) + ']' },
    { title: 'survey NPS', key: 'survey_nps' }, { title: 'answers', key: 'survey_responses' }], nps.regions || []);

  const trend = (await api('/nps/trend')).days;
  const chart = echarts.init(document.getElementById('trend-chart'));
  chart.setOption(trendOption(trend));
  const shares = echarts.init(document.getElementById('shares-chart'));
  shares.setOption({
    animation: false, tooltip: {}, grid: { left: 80, right: 20, top: 10, bottom: 30 },
    xAxis: { type: 'value', max: 100 }, yAxis: { type: 'category', data: ['promoter', 'passive', 'detractor'] },
    series: [{ type: 'bar', data: [
      { value: 100 * nps.shares.promoter, itemStyle: { color: '#2e7d32' } },
      { value: 100 * nps.shares.passive, itemStyle: { color: '#9e9e9e' } },
      { value: 100 * nps.shares.detractor, itemStyle: { color: '#c62828' } }],
      label: { show: true, position: 'right', formatter: p => p.value.toFixed(1) + '%' } }]
  });
  state.charts.push(chart, shares);
  const top = (await api('/findings?limit=10')).findings;
  table('hotspots-table', findingColumns(), top, f => showFindingOnMap(f));
  await devices();
}

/** A device model's users day by day; the select lists the models of the results. */
async function devices(model) {
  const d = await api('/nps/devices' + (model ? '?model=' + encodeURIComponent(model) : ''));
  const select = document.getElementById('device-select');
  if (select.options.length !== d.models.length) {
    select.replaceChildren(...d.models.map(m => el('option', { value: m }, m)));
    select.onchange = () => devices(select.value);
  }
  if (d.model) select.value = d.model;
  table('devices-table', [{ title: 'date', key: 'date' }, { title: 'users', key: 'subscribers' },
    { title: 'active', key: 'active_subscribers' }, { title: 'expected NPS', key: 'expected_nps' },
    { title: 'call loss', value: r => fmt(100 * r.call_loss_rate, 1) + '%' },
    { title: 'poor sessions', value: r => fmt(100 * r.poor_rate, 1) + '%' },
    { title: 'MB per active user', key: 'mb_per_active_subscriber', digits: 0 },
    { title: 'complaints', key: 'complaints' }], d.days);
}

/**
 * Daily network NPS with its band; days before a whole experience window lies in the data are
 * shaded: their scores see fewer days of events and run high.
 */
function trendOption(trend) {
  const partial = trend.filter(d => d.full_window === false).map(d => d.date);
  const area = partial.length ? [[{ xAxis: partial[0], name: 'window filling' }, { xAxis: partial[partial.length - 1] }]] : [];
  return {
    animation: false, tooltip: { trigger: 'axis' }, grid: { left: 40, right: 10, top: 20, bottom: 30 },
    xAxis: { type: 'category', data: trend.map(d => d.date) }, yAxis: { type: 'value', scale: true },
    series: [
      // the band is one polygon: stacked areas stack negative values apart from positive ones in ECharts 5.3
      { name: 'interval', type: 'custom', silent: true, z: 1, data: trend.map((d, i) => [i, d.network_nps]),
        renderItem: (params, api) => params.dataIndex !== 0 ? null : { type: 'polygon', style: { fill: '#9cc3e6' },
          shape: { points: trend.map((d, i) => api.coord([i, d.network_nps_hi]))
            .concat(trend.map((d, i) => api.coord([i, d.network_nps_lo])).reverse()) } } },
      { name: '95% low', type: 'line', data: trend.map(d => d.network_nps_lo), lineStyle: { opacity: 0 }, symbol: 'none' },
      { name: '95% high', type: 'line', data: trend.map(d => d.network_nps_hi), lineStyle: { opacity: 0 }, symbol: 'none' },
      { name: 'network NPS', type: 'line', data: trend.map(d => d.network_nps), color: '#18324a', z: 3,
        markArea: { silent: true, itemStyle: { color: 'rgba(120,120,120,0.12)' }, label: { color: '#555' }, data: area } }]
  };
}

function findingColumns() {
  return [{ title: 'id', key: 'finding_id' }, { title: 'cause', key: 'cause' },
    { title: 'cell / device', value: f => f.cell_id || f.device_model || '' },
    { title: 'NPS impact', key: 'nps_impact', digits: 3 }, { title: 'affected', key: 'affected_subscribers' },
    { title: 'window', value: f => (f.start || '').substring(0, 16) + ' to ' + (f.end || '').substring(0, 16) },
    { title: 'confidence', key: 'confidence', digits: 2 }, { title: 'evidence', key: 'evidence' }];
}

// ---- map ----
/** Fixed colour scales [low, high, higher is better]; other metrics are scaled to the map's own values. */
const SCALES = { expected_nps: [-40, 40, true], nps_impact: [0, 0.05, false], poor_rate: [0, 0.4, false],
  subscribers: [0, 500, true], rsrp_dbm: [-120, -80, true], sinr_db: [-5, 20, true], complaints: [0, 5, false] };

/** The 5th to 95th percentile of the features' values, higher taken as better. */
function ownScale(features) {
  const v = features.map(f => f.properties.value).filter(x => x !== null && x !== undefined).sort((a, b) => a - b);
  if (!v.length) return [0, 1, true];
  const lo = v[Math.floor(0.05 * (v.length - 1))], hi = v[Math.ceil(0.95 * (v.length - 1))];
  return [lo, hi > lo ? hi : lo + 1, true];
}

function colour(scale, v) {
  if (v === null || v === undefined) return '#bbbbbb';
  const [lo, hi, higherIsBetter] = scale;
  let t = Math.max(0, Math.min(1, (v - lo) / (hi - lo)));
  if (!higherIsBetter) t = 1 - t;
  const r = Math.round(220 - 170 * t), g = Math.round(50 + 150 * t), b = 60;
  return 'rgb(' + r + ',' + g + ',' + b + ')';
}

async function initMap() {
  if (state.map) return;
  state.map = L.map('map-canvas', { preferCanvas: false });
  if (state.me.tile_url) {
    L.tileLayer(state.me.tile_url, { maxZoom: 18 }).addTo(state.map);
  }
  state.hours = (await api('/grids/hours')).hours;
  const slider = document.getElementById('hour-slider');
  slider.max = String(state.hours.length);
  slider.addEventListener('input', () => loadGrids());
  document.getElementById('metric-select').addEventListener('change', () => loadGrids());
  document.getElementById('cells-toggle').addEventListener('change', e => {
    if (e.target.checked) state.cellLayer.addTo(state.map); else state.map.removeLayer(state.cellLayer);
  });
  const cells = await api('/cells');
  state.cellLayer = L.geoJSON(cells, {
    pointToLayer: (f, latlng) => L.circleMarker(latlng, { radius: 3, color: '#18324a', weight: 1, fillOpacity: 0.8,
      className: 'cell-marker' }).bindTooltip(f.properties.cell_id + ' ' + (f.properties.rat || ''))
  }).addTo(state.map);
  await loadGrids(true);
}

async function loadGrids(fit) {
  const i = Number(document.getElementById('hour-slider').value);
  const hour = i === 0 ? null : state.hours[i - 1];
  document.getElementById('hour-label').textContent = hour === null ? 'whole period' : hour.replace('T', ' ').substring(0, 16) + ' UTC';
  const metric = document.getElementById('metric-select').value;
  const gj = await api('/grids?metric=' + metric + (hour ? '&hour=' + encodeURIComponent(hour) : ''));
  for (const o of document.getElementById('metric-select').options) o.disabled = !gj.metrics.includes(o.value);
  const scale = SCALES[metric] || ownScale(gj.features);
  if (state.gridLayer) state.map.removeLayer(state.gridLayer);
  state.gridLayer = L.geoJSON(gj, {
    style: f => ({ color: '#ffffff', weight: 0.5, fillColor: colour(scale, f.properties.value), fillOpacity: 0.7,
      className: 'grid-hex' }),
    onEachFeature: (f, layer) => {
      layer.bindTooltip(f.id + ': ' + metric + ' ' + fmt(f.properties.value, 3) + ', ' + f.properties.subscribers + ' subscribers');
      layer.on('click', () => gridDetail(f.id));
    }
  }).addTo(state.map);
  state.gridLayer.bringToBack();
  document.getElementById('legend').textContent = gj.features.length + ' grids (at least ' + gj.min_subscribers +
    ' subscribers); red = worse';
  if (fit && gj.features.length) state.map.fitBounds(state.gridLayer.getBounds());
}

async function gridDetail(id) {
  const g = await api('/grids/' + id);
  const box = document.getElementById('grid-detail');
  box.replaceChildren(el('h3', {}, 'Grid ' + g.grid_id),
    el('p', {}, g.subscribers + ' subscribers, ' + g.sessions + ' sessions, ' + g.poor_sessions + ' poor (' +
      fmt(100 * g.poor_rate) + '%)'),
    el('p', {}, 'expected NPS ' + fmt(g.expected_nps) + ', NPS impact ' + fmt(g.nps_impact, 3) + ', RSRP ' +
      fmt(g.rsrp_dbm) + ' dBm, SINR ' + fmt(g.sinr_db) + ' dB, complaints ' + g.complaints),
    el('p', { id: 'grid-poor' }, 'poor sessions by service: ' + ['web', 'video', 'voice', 'gaming', 'other']
      .map(sv => sv + ' ' + (g['poor_' + sv] === undefined ? '-' : g['poor_' + sv])).join(', ')),
    el('h4', {}, 'Serving cells'), el('table', { id: 'grid-cells' }),
    el('h4', {}, 'Findings here'), el('table', { id: 'grid-findings' }),
    el('h4', {}, 'Hours (' + g.hours.length + ')'), el('div', { id: 'grid-hours-chart', class: 'chart' }));
  table('grid-cells', [{ title: 'cell', key: 'cell_id' }, { title: 'hours serving', key: 'hours' },
    { title: 'RAT', key: 'rat' }, { title: 'azimuth', key: 'azimuth_deg' }], g.cells);
  table('grid-findings', [{ title: 'id', key: 'finding_id' }, { title: 'cause', key: 'cause' },
    { title: 'impact', key: 'nps_impact', digits: 3 }, { title: 'evidence', key: 'evidence' }], g.findings);
  const c = echarts.init(document.getElementById('grid-hours-chart'));
  c.setOption({ animation: false, tooltip: { trigger: 'axis' }, grid: { left: 40, right: 40, top: 20, bottom: 30 },
    legend: { data: ['poor sessions', 'expected NPS'] },
    xAxis: { type: 'category', data: g.hours.map(h => h.hour.substring(5, 13)) },
    yAxis: [{ type: 'value' }, { type: 'value', scale: true }],
    series: [{ name: 'poor sessions', type: 'bar', data: g.hours.map(h => h.poor_sessions), color: '#c62828' },
      { name: 'expected NPS', type: 'line', yAxisIndex: 1, data: g.hours.map(h => h.expected_nps), symbol: 'none' }] });
}

function showFindingOnMap(f) {
  location.hash = '#map';
  show('map').then(() => {
    if (f.lat && f.lon) state.map.setView([f.lat, f.lon], 15);
    if (f.grid_id) gridDetail(f.grid_id);
  });
}

// ---- findings, plan, actions ----
async function findings() {
  const cause = document.getElementById('cause-select').value;
  const rows = (await api('/findings?limit=500' + (cause ? '&cause=' + cause : ''))).findings;
  table('findings-table', findingColumns(), rows, f => showFindingOnMap(f));
}

async function actions() {
  const operator = state.me.role !== 'viewer';
  const answer = await api('/plan');
  const plan = answer.actions;
  document.getElementById('plan-note').textContent = plan.length + ' actions, by priority' +
    (operator ? '; click one to propose it into the loop' : '');
  document.getElementById('plan-curve').textContent = answer.budget_curve.length === 0 ? '' :
    'what a budget buys (cost units: expected network NPS gain of the best actions within it): ' +
    answer.budget_curve.map(p => p.budget + ': ' + (p.expected_nps_gain >= 0 ? '+' : '') +
      p.expected_nps_gain.toFixed(2)).join(' \u00b7 ');
  table('plan-table', [{ title: 'action', key: 'action_id' }, { title: 'finding', key: 'finding_id' },
    { title: 'type', key: 'action' }, { title: 'target', key: 'target' }, { title: 'grid', key: 'grid_id' },
    { title: 'expected NPS gain', key: 'expected_nps_gain', digits: 3 }, { title: 'cost', key: 'cost' },
    { title: 'priority', key: 'priority' }], plan,
    operator ? a => act('', { action_ids: [a.action_id] }, 'POST', '/actions') : null);
  const loop = (await api('/actions')).actions;
  const buttons = a => {
    if (!operator) return '';
    const span = el('span', {});
    const next = { proposed: ['approve', 'reject'], approved: ['implement', 'reject'], implemented: ['verify', 'reject'],
      held_out: ['approve', 'reject'] };
    for (const verb of next[a.status] || []) {
      span.append(el('button', { class: 'small', onclick: e => { e.stopPropagation(); act(a.action_id, {}, 'POST', '/actions/' + a.action_id + '/' + verb); } }, verb), ' ');
    }
    return span;
  };
  const bar = document.getElementById('plan-verify-bar');
  bar.hidden = !operator || !loop.some(a => a.implemented_at);
  document.getElementById('plan-verify').onclick = () => verifyPlan();
  table('actions-table', [{ title: 'action', key: 'action_id' }, { title: 'type', key: 'action' },
    { title: 'target', key: 'target' }, { title: 'status', key: 'status' },
    { title: 'implemented at', key: 'implemented_at' }, { title: 'expected NPS gain', key: 'expected_nps_gain', digits: 3 },
    { title: '', value: buttons }], loop, a => actionDetail(a.action_id));
}

const METRIC_NAMES = { expected_nps: 'expected NPS (points)', poor_rate: 'poor-session rate',
  mb_per_subscriber_hour: 'MB per subscriber-hour (DOU proxy)', complaints: 'complaints per grid-day',
  revenue: 'revenue per grid-day (ARPU of its sessions)' };

async function act(id, body, method, path) {
  const out = document.getElementById('action-detail');
  try {
    const r = await api(path, { method: method, body: JSON.stringify(body) });
    if (r.measurement) {
      showVerification(r);
    } else {
      out.replaceChildren(el('p', {}, r.action_id ? r.action_id + ' is ' + r.status :
        r.proposed + ' proposed, ' + r.already_in_loop + ' already in the loop'));
    }
  } catch (e) {
    out.replaceChildren(el('p', { class: 'error' }, 'refused: ' + e.message));
  }
  await actions();
}

/** Before/after of an implemented action against its control grids, metric by metric. */
function showVerification(r) {
  const m = r.measurement;
  const rows = Object.entries(m.effects).map(([k, e]) => ({ metric: METRIC_NAMES[k] || k, estimate: e.estimate,
    interval: '[' + fmt(e.ci95[0], 3) + ', ' + fmt(e.ci95[1], 3) + ']', p: e.p_value }));
  document.getElementById('action-detail').replaceChildren(
    el('h4', {}, r.action_id + ': ' + (r.verified ? 'verified' : 'not verified') + ' - ' + r.note),
    el('p', { class: 'muted' }, m.treated_grids.length + ' treated grids against ' + m.control_grids.length +
      ' matched control grids; ' + m.days_before + ' days before, ' + m.days_after + ' after (difference-in-differences)'),
    el('table', { id: 'verification-table' }));
  table('verification-table', [{ title: 'metric', key: 'metric' }, { title: 'change vs controls', key: 'estimate', digits: 3 },
    { title: '95% interval', key: 'interval' }, { title: 'p-value', key: 'p', digits: 4 }], rows);
}

/**
 * The loop's implemented grid actions verified together (POST /plan/verify): against matched
 * controls, and against the held-out part of the plan when there is one; statuses do not change.
 */
async function verifyPlan() {
  const out = document.getElementById('action-detail');
  try {
    const r = await api('/plan/verify', { method: 'POST', body: '{}' });
    const parts = [el('h4', {}, 'the plan: ' + (r.verified ? 'verified' : 'not verified') + ' - ' + r.note),
      el('p', { class: 'muted' }, r.implemented_actions + ' implemented actions')];
    const designs = [['plan-verification-table', r.measurement]];
    if (r.measurement.holdout) designs.push(['plan-holdout-table', r.measurement.holdout]);
    for (const [id, m] of designs) {
      const left = Object.entries(m.left_out || {}).map(([a, why]) => el('li', {}, a + ': ' + why));
      parts.push(el('p', {}, 'against ' + m.design + ' (' + (m.verified ? 'verified' : 'not verified') + '): ' +
        m.treated_units + ' treated units (' + m.treated_grids.length + ' grids), ' + m.control_units +
        ' control units (' + m.control_grids.length + ' grids); at least ' + m.days_before + ' days before, ' +
        m.days_after + ' after' + (m.randomisation_p != null
          ? '; randomisation test of expected NPS: p = ' + fmt(m.randomisation_p, 4) : '')), el('table', { id: id }),
        ...(left.length ? [el('p', {}, 'left out:'), el('ul', {}, ...left)] : []));
    }
    out.replaceChildren(...parts);
    for (const [id, m] of designs) {
      const rows = Object.entries(m.effects).map(([k, e]) => ({ metric: METRIC_NAMES[k] || k, estimate: e.estimate,
        interval: '[' + fmt(e.ci95[0], 3) + ', ' + fmt(e.ci95[1], 3) + ']', p: e.p_value }));
      table(id, [{ title: 'metric', key: 'metric' }, { title: 'change vs controls', key: 'estimate', digits: 3 },
        { title: '95% interval', key: 'interval' }, { title: 'p-value', key: 'p', digits: 4 }], rows);
    }
  } catch (e) {
    out.replaceChildren(el('p', { class: 'error' }, 'refused: ' + e.message));
  }
}

async function actionDetail(id) {
  const a = await api('/actions/' + id);
  document.getElementById('action-detail').replaceChildren(
    el('h4', {}, a.action_id + ' ' + a.action + ' ' + a.target + ' (' + a.status + ')'),
    el('p', {}, 'finding ' + (a.finding_id || '-') + ', grid ' + (a.grid_id || '-') + ', expected NPS gain ' +
      fmt(a.expected_nps_gain, 3) + ', cost ' + a.cost + (a.implemented_at ? ', implemented ' + a.implemented_at : '')),
    el('ul', {}, ...a.history.map(h => el('li', {}, h))));
}

// ---- subscribers ----
async function subscribers() {
  const cls = document.getElementById('class-select').value;
  const r = await api('/subscribers?limit=100' + (cls ? '&class=' + cls : ''));
  document.getElementById('subscriber-total').textContent = r.total.toLocaleString('en') + ' subscribers; highest P(detractor) first';
  table('subscribers-table', [{ title: 'pseudonym', key: 'pseudonym' }, { title: 'P(detractor)', key: 'p_detractor', digits: 3 },
    { title: 'P(passive)', key: 'p_passive', digits: 3 }, { title: 'P(promoter)', key: 'p_promoter', digits: 3 },
    { title: 'class', key: 'predicted_class' }, { title: 'top reason', key: 'top_reason' }], r.subscribers,
    s => subscriberDetail(s.pseudonym));
}

async function subscriberDetail(p) {
  const s = await api('/subscribers/' + p);
  const box = document.getElementById('subscriber-detail');
  box.replaceChildren(el('h3', {}, s.pseudonym),
    el('p', {}, 'P(detractor) ' + fmt(s.p_detractor, 3) + ', P(passive) ' + fmt(s.p_passive, 3) + ', P(promoter) ' +
      fmt(s.p_promoter, 3) + ': ' + s.predicted_class),
    el('h4', {}, 'Reasons (contributions to the detractor margin)'), el('table', { id: 'reasons-table' }));
  table('reasons-table', [{ title: '#', key: 'rank' }, { title: 'reason', key: 'reason' },
    { title: 'contribution', key: 'contribution', digits: 3 }], s.reasons);
}

// ---- model ----
async function model() {
  const m = await api('/model');
  document.getElementById('model-card').textContent = m.card_markdown || 'no model card';
}

// ---- navigation ----
const loaders = { overview: overview, map: initMap, findings: findings, actions: actions, subscribers: subscribers, model: model };
const loaded = {};

async function show(tab) {
  for (const s of document.querySelectorAll('.tab')) s.hidden = s.id !== 'tab-' + tab;
  for (const a of document.querySelectorAll('#tabs a')) a.classList.toggle('active', a.dataset.tab === tab);
  if (!loaded[tab]) {
    loaded[tab] = true;
    await loaders[tab]();
  }
  if (tab === 'map' && state.map) state.map.invalidateSize();
  state.charts.forEach(c => c.resize());
}

async function start() {
  const m = location.hash.match(/token=([^&]+)/);
  if (m) {
    sessionStorage.setItem('netnps-token', decodeURIComponent(m[1]));
    history.replaceState(null, '', location.pathname + '#overview');
  }
  state.token = sessionStorage.getItem('netnps-token');
  if (!state.token) {
    document.getElementById('login').hidden = false;
    return;
  }
  try {
    state.me = await api('/me');
  } catch (e) {
    sessionStorage.removeItem('netnps-token');
    document.getElementById('login').hidden = false;
    document.getElementById('login-error').textContent = e.message;
    return;
  }
  document.getElementById('whoami').textContent = state.me.name + ' (' + state.me.role + ') - ' + state.me.version;
  document.getElementById('app').hidden = false;
  document.getElementById('cause-select').addEventListener('change', findings);
  document.getElementById('class-select').addEventListener('change', subscribers);
  window.addEventListener('hashchange', () => show(tabOf(location.hash)));
  await show(tabOf(location.hash));
  document.body.dataset.ready = 'true';
}

function tabOf(hash) {
  const t = (hash || '').replace('#', '');
  return loaders[t] ? t : 'overview';
}

document.getElementById('token-form').addEventListener('submit', e => {
  e.preventDefault();
  sessionStorage.setItem('netnps-token', document.getElementById('token-input').value.trim());
  location.hash = '#overview';
  location.reload();
});

start();
