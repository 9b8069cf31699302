// Ceasefire workshop page: plain modern JavaScript, no libraries, talks only to the REST API under /api/v1.
// State lives in the URL (#scenario=…&mode=…&changes=…&compare=…&projector=1), so a link reproduces the view.

const API = '/api/v1';
const STATUS_LABEL = { MET: 'MET', PARTIAL: 'PARTIAL', NOT_MET: 'NOT MET', UNKNOWN: 'UNKNOWN', NOT_APPLICABLE: 'N/A' };

const state = {
  vocabulary: null,
  conditionIds: [],
  scenarios: [],
  baseId: null,
  base: null,          // the loaded scenario, in the file layout
  changes: [],         // [{path: ['nato','bid'], from, to}]; to === null means "unknown"
  mode: 'ALL_POSITIONS',
  compareId: '',
  result: null,        // {base, variant, flips} from POST /what-if
  projector: false,
};

const $ = (sel, root = document) => root.querySelector(sel);

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

// ---- API --------------------------------------------------------------------------------------------------

async function call(method, path, body, contentType = 'application/json') {
  const init = { method, headers: { Accept: 'application/json' } };
  if (body !== undefined) {
    init.headers['Content-Type'] = contentType;
    init.body = typeof body === 'string' ? body : JSON.stringify(body);
  }
  const response = await fetch(API + path, init);
  const text = await response.text();
  const data = text ? JSON.parse(text) : null;
  if (!response.ok) {
    const problem = data || {};
    throw new Error(problem.detail || problem.title || `${response.status} ${response.statusText}`);
  }
  return data;
}

function say(message, error = false) {
  const line = $('#status-line');
  line.textContent = message;
  line.classList.toggle('error', error);
}

// ---- Paths over the facts ---------------------------------------------------------------------------------

const clone = (value) => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)));
const pathText = (path) => path.join('.');

function getAt(object, path) {
  let node = object;
  for (const key of path) {
    if (node === null || node === undefined || typeof node !== 'object') return undefined;
    node = node[key];
  }
  return node === null ? undefined : node;
}

function setAt(object, path, value) {
  let node = object;
  for (const key of path.slice(0, -1)) {
    if (node[key] === null || typeof node[key] !== 'object' || Array.isArray(node[key])) node[key] = {};
    node = node[key];
  }
  const last = path[path.length - 1];
  if (value === null || value === undefined) delete node[last];
  else node[last] = value;
}

function currentFacts() {
  const facts = clone(state.base?.facts) || {};
  for (const change of state.changes) setAt(facts, change.path, change.to);
  return facts;
}

function currentScenario() {
  const scenario = clone(state.base);
  scenario.facts = currentFacts();
  delete scenario.expect;
  if (state.changes.length) {
    scenario.id = `${state.base.id}-what-if`;
    scenario.title = `${state.base.title} (what if)`;
    scenario.description = ['What if, compared with ' + state.base.id + ':']
      .concat(state.changes.map((c) => `${pathText(c.path)}: ${show(c.from)} → ${show(c.to)}`)).join('\n');
  }
  return scenario;
}

/** The changes as a JSON Merge Patch on the facts (RFC 7396): null makes a fact unknown. */
function mergePatch() {
  const patch = {};
  for (const change of state.changes) {
    let node = patch;
    for (const key of change.path.slice(0, -1)) node = node[key] ??= {};
    node[change.path[change.path.length - 1]] = change.to === undefined ? null : change.to;
  }
  return patch;
}

const same = (a, b) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const show = (value) => (value === undefined || value === null ? 'unknown'
  : Array.isArray(value) ? (value.length ? value.join(', ') : 'none') : String(value));

function change(path, value) {
  const to = value === '' || value === undefined ? null : value;
  const from = getAt(state.base.facts, path);
  const key = pathText(path);
  state.changes = state.changes.filter((c) => pathText(c.path) !== key);
  if (!same(from, to)) state.changes.push({ path, from, to });
  refresh();
}

function undo(index) {
  state.changes.splice(index, 1);
  refresh();
}

// ---- URL state --------------------------------------------------------------------------------------------

function writeHash() {
  const params = new URLSearchParams();
  if (state.baseId) params.set('scenario', state.baseId);
  if (state.mode !== 'ALL_POSITIONS') params.set('mode', state.mode);
  if (state.changes.length) params.set('changes', JSON.stringify(state.changes.map((c) => [pathText(c.path), c.to ?? null])));
  if (state.compareId) params.set('compare', state.compareId);
  if (state.projector) params.set('projector', '1');
  history.replaceState(null, '', '#' + params.toString());
}

function readHash() {
  const params = new URLSearchParams(location.hash.slice(1));
  let changes = [];
  try {
    changes = JSON.parse(params.get('changes') || '[]');
  } catch {
    say('The link holds changes that cannot be read; they were ignored.', true);
  }
  return {
    scenario: params.get('scenario'),
    mode: params.get('mode') || 'ALL_POSITIONS',
    changes,
    compare: params.get('compare') || '',
    projector: params.get('projector') === '1',
  };
}

// ---- Fact editor ------------------------------------------------------------------------------------------

function buildEditor() {
  const root = $('#fact-groups');
  root.replaceChildren();
  for (const group of state.vocabulary.groups) {
    const box = el('details', { 'data-group': group.name }, el('summary', { text: group.name }));
    if (group.kind === 'map') {
      for (const key of group.keys) {
        const sub = el('details', { 'data-group': `${group.name}.${key}` }, el('summary', { text: key }));
        for (const field of group.fields) sub.append(fieldEditor([group.name, key, field.name], field));
        box.append(sub);
      }
    } else {
      for (const field of group.fields) {
        if (field.type === 'enum-map') {
          for (const key of field.keys) box.append(fieldEditor([group.name, field.name, key], { ...field, type: 'enum' }));
        } else {
          box.append(fieldEditor([group.name, field.name], field));
        }
      }
    }
    root.append(box);
  }
}

function fieldEditor(path, field) {
  const id = 'f-' + path.join('-');
  const wrap = el('div', { class: 'field', 'data-field': pathText(path) });
  const label = el('label', { class: 'name', for: id, text: path.slice(1).join('.') });
  wrap.append(label);
  const data = { id, 'data-path': pathText(path), 'aria-label': pathText(path) };
  switch (field.type) {
    case 'enum': {
      const select = el('select', { ...data, onchange: (e) => change(path, e.target.value || null) },
        el('option', { value: '', text: 'unknown' }), field.values.map((v) => el('option', { value: v, text: v })));
      wrap.append(select);
      break;
    }
    case 'boolean': {
      const tri = el('span', { class: 'tri', role: 'group', 'aria-label': pathText(path), ...data });
      for (const [text, value] of [['unknown', null], ['yes', true], ['no', false]]) {
        tri.append(el('button', { type: 'button', 'data-value': String(value), text, 'aria-pressed': 'false',
          onclick: () => change(path, value) }));
      }
      wrap.append(tri);
      break;
    }
    case 'integer':
      wrap.append(el('input', { ...data, type: 'number', min: '0', step: '1', placeholder: 'unknown',
        onchange: (e) => change(path, e.target.value === '' ? null : Number(e.target.value)) }));
      break;
    case 'date':
      wrap.append(el('input', { ...data, type: 'date', onchange: (e) => change(path, e.target.value || null) }));
      break;
    default: {
      if (field.type.endsWith('-set')) {
        const values = field.type === 'condition-set' ? state.conditionIds : field.values;
        const set = el('div', { class: 'set', role: 'group', 'aria-label': pathText(path), ...data });
        const unknown = el('input', { type: 'checkbox', 'data-unknown': 'true',
          onchange: () => change(path, unknown.checked ? null : checked(set)) });
        set.append(el('label', {}, unknown, ' unknown'));
        for (const value of values) {
          const box = el('input', { type: 'checkbox', value, onchange: () => change(path, checked(set)) });
          set.append(el('label', {}, box, ' ' + value));
        }
        wrap.append(set);
      } else {
        wrap.append(el('input', { ...data, type: 'text', placeholder: 'unknown',
          onchange: (e) => change(path, e.target.value.trim() || null) }));
      }
    }
  }
  return wrap;
}

function checked(set) {
  return [...set.querySelectorAll('input[type=checkbox]:not([data-unknown])')].filter((b) => b.checked).map((b) => b.value);
}

/** Shows the current facts in the editor's controls and marks those that differ from the loaded scenario. */
function syncEditor() {
  const facts = currentFacts();
  const changed = new Set(state.changes.map((c) => pathText(c.path)));
  for (const wrap of document.querySelectorAll('#fact-groups .field')) {
    const key = wrap.dataset.field;
    const path = key.split('.');
    const value = getAt(facts, path);
    wrap.classList.toggle('changed', changed.has(key));
    const control = wrap.querySelector('[data-path]');
    if (control.tagName === 'SELECT' || control.tagName === 'INPUT') {
      control.value = value === undefined ? '' : String(value);
    } else if (control.classList.contains('tri')) {
      for (const b of control.querySelectorAll('button')) b.setAttribute('aria-pressed', String(b.dataset.value === String(value ?? null)));
    } else if (control.classList.contains('set')) {
      const list = Array.isArray(value) ? value : null;
      for (const box of control.querySelectorAll('input[type=checkbox]')) {
        box.checked = box.dataset.unknown ? list === null : (list || []).includes(box.value);
      }
    }
  }
}

// ---- Results ----------------------------------------------------------------------------------------------

const chip = (status, lenient = false) => el('span', {
  class: `chip s-${status}${lenient ? ' lenient' : ''}`, title: (lenient ? 'lenient reading: ' : 'strict reading: ') + STATUS_LABEL[status],
  text: (lenient ? 'lenient ' : '') + STATUS_LABEL[status] });

function renderResults() {
  const variant = state.result?.variant;
  const flips = new Map((state.result?.flips || []).map((f) => [f.conditionId, f]));
  const root = $('#positions');
  root.replaceChildren();
  if (!variant) return;
  for (const position of variant.positions) {
    const card = el('article', { class: 'position' + (position.applicable ? '' : ' not-live'), 'data-position': position.id },
      el('header', {},
        el('h3', { text: position.id }),
        el('div', { text: position.title }),
        el('div', { class: 'meta', text: `${position.party} · stated ${position.date} · ${position.reliability}` })));
    if (!position.applicable) card.append(el('p', { class: 'meta', text: 'Not judged: ' + position.applicability }));
    card.append(el('div', { class: 'summary' },
      Object.entries(position.summary).map(([status, n]) => el('span', { class: `chip s-${status}`, text: `${STATUS_LABEL[status]} ${n}` }))));
    const list = el('ul', { class: 'conditions' });
    for (const c of position.conditions) list.append(conditionItem(c, flips.get(c.id)));
    card.append(list);
    root.append(card);
  }
  const flipList = $('#flips');
  flipList.replaceChildren();
  $('#flips-title').hidden = flips.size === 0;
  for (const f of flips.values()) {
    flipList.append(el('li', { 'data-flip': f.conditionId }, el('code', { text: f.conditionId }), ' ',
      flipText(f)));
  }
}

function flipText(f) {
  const parts = [];
  if (f.from !== f.to) parts.push(`${STATUS_LABEL[f.from]} → ${STATUS_LABEL[f.to]}`);
  if (f.lenientFrom !== f.lenientTo) parts.push(`lenient ${STATUS_LABEL[f.lenientFrom]} → ${STATUS_LABEL[f.lenientTo]}`);
  return parts.join('; ');
}

function conditionItem(c, flip) {
  const slug = c.id.slice(c.id.indexOf('/') + 1);
  const summary = el('summary', {}, chip(c.status), c.lenientStatus !== c.status ? chip(c.lenientStatus, true) : null,
    el('span', { class: 'slug', text: slug }),
    c.contested ? el('span', { class: 'tag', text: 'contested' }) : null,
    (c.flags || []).map((f) => el('span', { class: 'tag', text: f })),
    flip ? el('span', { class: 'flip', text: flipText(flip) }) : null);
  const detail = el('div', { class: 'detail' });
  const details = el('details', {}, summary, detail);
  details.addEventListener('toggle', () => {
    if (details.open && !detail.childElementCount) fillDetail(detail, c);
  }, { once: false });
  return el('li', { class: 'condition' + (flip ? ' flipped' : ''), 'data-condition': c.id,
    'data-status': c.status, 'data-lenient-status': c.lenientStatus }, details);
}

function fillDetail(root, c) {
  root.append(el('p', { text: c.paraphrase }));
  root.append(el('div', { text: 'Why (strict reading):' }), el('ul', {}, c.reasons.map((r) => el('li', { text: r }))));
  if (c.lenientStatus !== c.status || JSON.stringify(c.lenientReasons) !== JSON.stringify(c.reasons)) {
    root.append(el('div', { text: 'Why (lenient reading):' }), el('ul', {}, (c.lenientReasons || []).map((r) => el('li', { text: r }))));
  }
  if (c.contested && c.partyStatus) {
    root.append(el('p', { text: 'Contested: ' + Object.entries(c.partyStatus).map(([p, s]) => `${p} ${STATUS_LABEL[s]}`).join(', ') }));
  }
  root.append(el('p', { class: 'src', text: 'Facts read: ' + c.facts.join(', ') }));
  if (c.obligatedActors?.length) root.append(el('p', { class: 'src', text: 'Must act: ' + c.obligatedActors.join(', ') }));
  const s = c.source;
  root.append(el('blockquote', { text: '“' + s.quote + '”' }),
    el('p', { class: 'src', text: `— ${s.speaker}, ${s.date}, ${s.place} (${s.reference})` }));
  if (c.status !== 'MET') {
    const out = el('div', { class: 'pathways' });
    root.append(el('button', { type: 'button', class: 'what-would-it-take', text: 'What would it take?',
      onclick: () => whatWouldItTake(c.id, out) }), out);
  }
}

/** The smallest sets of fact changes that make this condition MET, found by the rules (POST /analyses/pathways). */
async function whatWouldItTake(conditionId, out) {
  out.replaceChildren(el('p', { class: 'hint', text: 'Searching the smallest changes (up to 3 at a time)…' }));
  try {
    const r = await call('POST', '/analyses/pathways', { scenario: currentScenario(), target: conditionId, maxChanges: 3 });
    if (!r.pathways.length) {
      out.replaceChildren(el('p', { class: 'hint', text: `No set of up to ${r.maxChanges} changes makes it MET.` }));
      return;
    }
    out.replaceChildren(el('p', { text: `${r.pathways.length} smallest pathway${r.pathways.length === 1 ? '' : 's'} (${r.evaluations} evaluations):` }),
      el('ol', {}, r.pathways.slice(0, 5).map((p) => el('li', { 'data-pathway': '' },
        p.changes.map((ch) => `${ch.path} → ${show(ch.to)}`).join('; '),
        p.sideEffects.length ? el('span', { class: 'hint', text: ` (also moves ${p.sideEffects.length} other condition${p.sideEffects.length === 1 ? '' : 's'})` }) : null, ' ',
        el('button', { type: 'button', text: 'Apply', onclick: () => applyPathway(p) })))));
  } catch (e) {
    out.replaceChildren(el('p', { class: 'hint', text: e.message }));
  }
}

function applyPathway(pathway) {
  for (const ch of pathway.changes) {
    const path = ch.path.replace(/^facts\./, '').split('.');
    const from = getAt(state.base.facts, path);
    state.changes = state.changes.filter((c) => pathText(c.path) !== pathText(path));
    if (!same(from, ch.to)) state.changes.push({ path, from, to: ch.to });
  }
  refresh();
}

async function openTimeline() {
  const frame = el('iframe', { id: 'timeline-frame', title: 'Timeline', style: 'width:100%;height:70vh;border:0' });
  showPanel('Timeline: this scenario as of each statement date', frame);
  try {
    const response = await fetch(API + '/analyses/timeline?format=html', { method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'text/html' }, body: JSON.stringify({ scenario: currentScenario() }) });
    const html = await response.text();
    if (!response.ok) throw new Error(JSON.parse(html).detail);
    frame.srcdoc = html;
  } catch (e) {
    say(e.message, true);
  }
}

function openCommonGround() {
  const positions = state.result?.variant.positions.map((p) => p.id) || [];
  const a = el('select', { id: 'cg-a', 'aria-label': 'First position' }, positions.map((id) => el('option', { value: id, text: id })));
  const b = el('select', { id: 'cg-b', 'aria-label': 'Second position' }, positions.map((id) => el('option', { value: id, text: id })));
  a.value = positions.includes('UA-2022-03-29') ? 'UA-2022-03-29' : positions[0];
  b.value = positions.includes('RU-2024-06-14') ? 'RU-2024-06-14' : positions[1];
  const out = el('div', { id: 'cg-result' });
  const run = async () => {
    out.replaceChildren(el('p', { class: 'hint', text: 'Searching (this asks the rules thousands of times; it can take a minute)…' }));
    try {
      const r = await call('POST', '/analyses/common-ground', { positions: [a.value, b.value], scenario: currentScenario() });
      out.replaceChildren(
        el('p', { text: r.allMet ? 'Some scenario meets every condition of both.' : 'No scenario found that meets every condition of both.' }),
        el('h3', { text: `Collisions (${r.collisions.length})` }),
        el('ul', {}, r.collisions.map((c) => el('li', { 'data-collision': `${c.a}|${c.b}` }, `${c.a} × ${c.b} — over ${c.facts.join(', ')}`))),
        el('h3', { text: `Overlaps (${r.overlaps.length})` }),
        el('ul', {}, r.overlaps.map((o) => el('li', {}, `${o.a} and ${o.b} — through ${o.facts.join(', ')}`))));
    } catch (e) {
      out.replaceChildren(el('p', { class: 'hint', text: e.message }));
    }
  };
  showPanel('Common ground between two positions', el('div', {},
    el('p', {}, a, ' × ', b, ' ', el('button', { type: 'button', id: 'cg-run', text: 'Search', onclick: run })), out));
}

function showPanel(title, content) {
  const dialog = el('dialog', { class: 'panel', 'aria-label': title },
    el('h2', { text: title }), content,
    el('p', {}, el('button', { type: 'button', class: 'panel-close', onclick: () => dialog.close(), text: 'Close' })));
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
}

function renderChanges() {
  const list = $('#changes');
  list.replaceChildren();
  state.changes.forEach((c, i) => list.append(el('li', { 'data-change': pathText(c.path) },
    el('code', { text: pathText(c.path) }), `: ${show(c.from)} → ${show(c.to)} `,
    el('button', { type: 'button', class: 'undo', 'aria-label': 'Undo ' + pathText(c.path), text: 'Undo', onclick: () => undo(i) }))));
  $('#no-changes').hidden = state.changes.length > 0;
  $('#reset').disabled = state.changes.length === 0;
}

// ---- Evaluation -------------------------------------------------------------------------------------------

let pending = 0;
/** Said once more with the next evaluation's message, so a fast answer does not wipe it before it is read. */
let notice = '';

async function evaluate() {
  if (!state.base) return;
  const ticket = ++pending;
  say('Evaluating…');
  try {
    const result = await call('POST', '/what-if', { base: state.base, changes: mergePatch(), mode: state.mode });
    if (ticket !== pending) return;
    state.result = result;
    renderResults();
    const n = result.flips.length;
    const said = state.changes.length ? `${n} condition${n === 1 ? '' : 's'} moved with ${state.changes.length} change${state.changes.length === 1 ? '' : 's'}.`
      : `Evaluated “${state.base.title}” with rules ${result.variant.rules.digest.slice(0, 19)}…`;
    say(notice ? `${notice} ${said}` : said);
    notice = '';
    await renderComparison();
  } catch (e) {
    if (ticket === pending) say(e.message, true);
  }
}

function refresh() {
  renderChanges();
  syncEditor();
  writeHash();
  evaluate();
}

async function renderComparison() {
  const box = $('#comparison');
  const grid = $('#positions');
  if (!state.compareId) {
    box.hidden = true;
    grid.hidden = false;
    return;
  }
  const other = await call('GET', `/scenarios/${encodeURIComponent(state.compareId)}/evaluation?mode=${state.mode}`);
  const mine = state.result.variant;
  const theirs = new Map(other.positions.flatMap((p) => p.conditions.map((c) => [c.id, c])));
  const rows = mine.positions.flatMap((p) => p.conditions.map((c) => {
    const o = theirs.get(c.id);
    const differs = !o || o.status !== c.status || o.lenientStatus !== c.lenientStatus;
    return el('tr', { class: differs ? 'differs' : '', 'data-condition': c.id },
      el('td', {}, el('code', { text: c.id })),
      el('td', {}, chip(c.status), c.lenientStatus !== c.status ? chip(c.lenientStatus, true) : null),
      el('td', {}, o ? chip(o.status) : '—', o && o.lenientStatus !== o.status ? chip(o.lenientStatus, true) : null));
  }));
  const differing = rows.filter((r) => r.classList.contains('differs')).length;
  box.replaceChildren(
    el('h3', { text: `Compared: “${mine.scenario.title}” and “${other.scenario.title}” — ${differing} condition${differing === 1 ? '' : 's'} differ` }),
    el('table', {}, el('thead', {}, el('tr', {}, el('th', { text: 'Condition' }), el('th', { text: mine.scenario.title }),
      el('th', { text: other.scenario.title }))), el('tbody', {}, rows)));
  box.hidden = false;
  grid.hidden = true;
}

// ---- Loading scenarios ------------------------------------------------------------------------------------

async function loadScenario(id, changes = []) {
  const scenario = await call('GET', `/scenarios/${encodeURIComponent(id)}`);
  useBase(scenario, id, changes);
}

function useBase(scenario, id, changes = []) {
  state.base = scenario;
  state.baseId = id;
  state.changes = [];
  for (const [key, to] of changes) {
    const path = key.split('.');
    const from = getAt(scenario.facts, path);
    if (!same(from, to)) state.changes.push({ path, from, to });
  }
  const picker = $('#scenario-picker');
  if (id && ![...picker.options].some((o) => o.value === id)) {
    picker.append(el('option', { value: id, text: `${scenario.title} (from file)` }));
  }
  picker.value = id || '';
  refresh();
}

async function loadFile(file) {
  const text = await file.text();
  const json = file.name.endsWith('.json');
  try {
    const scenario = await call('POST', '/scenarios/parse', text, json ? 'application/json' : 'application/yaml');
    notice = `Loaded ${file.name}.`;
    useBase(scenario, scenario.id);
    say(notice);
  } catch (e) {
    say(`${file.name}: ${e.message}`, true);
  }
}

// ---- Export -----------------------------------------------------------------------------------------------

function yaml(value, indent = '') {
  if (Array.isArray(value)) {
    return value.length === 0 ? ' []' : ' [' + value.map(scalar).join(', ') + ']';
  }
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value);
    if (keys.length === 0) return ' {}';
    return '\n' + keys.map((k) => `${indent}  ${k}:${yaml(value[k], indent + '  ')}`).join('\n');
  }
  return ' ' + scalar(value);
}

function scalar(value) {
  if (typeof value === 'string') {
    return /^[A-Za-z_][A-Za-z0-9_\- ./()]*$/.test(value) && !/^(true|false|yes|no|on|off|null|~)$/i.test(value)
      && !/ $/.test(value) ? value : JSON.stringify(value);
  }
  return String(value);
}

function scenarioYaml() {
  const s = currentScenario();
  const lines = [`id: ${s.id}`, `title: ${JSON.stringify(s.title)}`];
  if (s.description) lines.push(`description: ${JSON.stringify(s.description)}`);
  lines.push(`asOfDate: ${s.asOfDate}`, 'facts:' + yaml(s.facts).replace(/^\n/, '\n'));
  return lines.join('\n') + '\n';
}

function markdown() {
  const e = state.result.variant;
  const out = [`# ${e.scenario.title}`, '', `As of ${e.scenario.asOfDate}, mode ${e.mode}, rules \`${e.rules.digest}\`.`, '',
    'These verdicts compare a hypothetical scenario with what each party has publicly stated. They predict nothing.', ''];
  if (state.changes.length) {
    out.push('## Changes from ' + state.base.id, '');
    state.changes.forEach((c) => out.push(`- \`${pathText(c.path)}\`: ${show(c.from)} → ${show(c.to)}`));
    out.push('');
  }
  for (const p of e.positions) {
    out.push(`## ${p.id}: ${p.title}`, '', `${p.party}, stated ${p.date}, ${p.reliability}.`, '');
    out.push('| Condition | Strict | Lenient | Why |', '|---|---|---|---|');
    for (const c of p.conditions) {
      out.push(`| ${c.id.split('/')[1]} | ${STATUS_LABEL[c.status]} | ${STATUS_LABEL[c.lenientStatus]} | ${(c.reasons[0] || '').replace(/\|/g, '\\|')} |`);
    }
    out.push('');
  }
  return out.join('\n');
}

function showExport(title, text, filename, type) {
  const dialog = el('dialog', { id: 'export-dialog', 'aria-label': title },
    el('h2', { text: title }),
    el('pre', { id: 'export-text', tabindex: '0', text }),
    el('p', {},
      el('a', { id: 'export-download', class: 'button', download: filename,
        href: URL.createObjectURL(new Blob([text], { type })), text: 'Download ' + filename }), ' ',
      el('button', { type: 'button', onclick: () => navigator.clipboard?.writeText(text), text: 'Copy' }), ' ',
      el('button', { type: 'button', id: 'export-close', onclick: () => dialog.close(), text: 'Close' })));
  dialog.addEventListener('close', () => dialog.remove());
  document.body.append(dialog);
  dialog.showModal();
}

function openHandout() {
  const e = state.result?.variant;
  if (!e) return;
  const body = $('#handout-body');
  body.replaceChildren(
    el('h1', { text: e.scenario.title }),
    el('p', { text: `Scenario ${e.scenario.id}, as of ${e.scenario.asOfDate}. Mode ${e.mode}. Rules ${e.rules.digest}.` }),
    el('p', { text: 'These verdicts compare a hypothetical scenario with what each party has publicly stated. They describe stated positions; they predict nothing.' }));
  if (state.changes.length) {
    body.append(el('h2', { text: 'What if, compared with ' + state.base.title }),
      el('ul', {}, state.changes.map((c) => el('li', { text: `${pathText(c.path)}: ${show(c.from)} → ${show(c.to)}` }))));
  }
  for (const p of e.positions) {
    body.append(el('h2', { text: `${p.id}: ${p.title}` }),
      el('p', { text: `${p.party}, stated ${p.date}, ${p.reliability}${p.applicable ? '' : ' — not judged: ' + p.applicability}` }),
      el('table', {},
        el('thead', {}, el('tr', {}, ['Condition', 'Strict', 'Lenient', 'Why', 'Source'].map((h) => el('th', { text: h })))),
        el('tbody', {}, p.conditions.map((c) => el('tr', {},
          el('td', { text: c.id.split('/')[1] }), el('td', { text: STATUS_LABEL[c.status] }),
          el('td', { text: STATUS_LABEL[c.lenientStatus] }), el('td', { text: c.reasons.join(' ') }),
          el('td', {}, el('span', { class: 'quote', text: '“' + c.source.quote + '”' }),
            ` — ${c.source.speaker}, ${c.source.date}, ${c.source.place}`))))));
  }
  $('#handout').hidden = false;
  $('#close-handout').focus();
}

// ---- Start ------------------------------------------------------------------------------------------------

function setProjector(on) {
  state.projector = on;
  document.body.classList.toggle('projector', on);
  $('#projector').setAttribute('aria-pressed', String(on));
}

async function start() {
  const wanted = readHash();
  setProjector(wanted.projector);
  try {
    const [vocabulary, scenarios, positions] = await Promise.all([
      call('GET', '/schema'), call('GET', '/scenarios'), call('GET', '/positions')]);
    state.vocabulary = vocabulary;
    state.scenarios = scenarios.scenarios;
    state.conditionIds = positions.positions.flatMap((p) => p.conditions.map((c) => c.id));
  } catch (e) {
    say('The server cannot be reached: ' + e.message, true);
    return;
  }
  buildEditor();
  const picker = $('#scenario-picker');
  const compare = $('#compare-picker');
  for (const s of state.scenarios) {
    picker.append(el('option', { value: s.id, text: s.title }));
    compare.append(el('option', { value: s.id, text: s.title }));
  }
  state.mode = wanted.mode;
  state.compareId = wanted.compare;
  $('#mode').value = state.mode;
  compare.value = state.compareId;
  picker.addEventListener('change', () => loadScenario(picker.value).catch((e) => say(e.message, true)));
  compare.addEventListener('change', () => { state.compareId = compare.value; writeHash(); renderComparison().catch((e) => say(e.message, true)); });
  $('#mode').addEventListener('change', (e) => { state.mode = e.target.value; refresh(); });
  $('#reset').addEventListener('click', () => { state.changes = []; refresh(); });
  $('#projector').addEventListener('click', () => { setProjector(!state.projector); writeHash(); });
  $('#export-yaml').addEventListener('click', () => showExport('Scenario file (YAML)', scenarioYaml(), `${currentScenario().id}.yaml`, 'application/yaml'));
  $('#export-markdown').addEventListener('click', () => state.result && showExport('Evaluation (Markdown)', markdown(), `${currentScenario().id}.md`, 'text/markdown'));
  $('#load-file').addEventListener('change', (e) => e.target.files[0] && loadFile(e.target.files[0]));
  $('#open-handout').addEventListener('click', openHandout);
  $('#open-timeline').addEventListener('click', openTimeline);
  $('#open-common-ground').addEventListener('click', openCommonGround);
  $('#close-handout').addEventListener('click', () => { $('#handout').hidden = true; $('#open-handout').focus(); });
  $('#print-handout').addEventListener('click', () => window.print());
  const first = wanted.scenario && state.scenarios.some((s) => s.id === wanted.scenario) ? wanted.scenario
    : state.scenarios.find((s) => s.id === 'status-quo-2024-06-14')?.id || state.scenarios[0]?.id;
  if (first) {
    const scenario = await call('GET', `/scenarios/${encodeURIComponent(first)}`);
    useBase(scenario, first, wanted.changes);
  } else {
    say('No scenario files are served: start the server with --scenarios DIR.', true);
  }
}

start();
