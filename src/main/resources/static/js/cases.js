// Desk pages: the leader's overview chart (ECharts) from /console/overview.json.
document.addEventListener('DOMContentLoaded', () => {
  const el = document.getElementById('overview-chart');
  if (!el || typeof echarts === 'undefined') return;
  fetch(el.dataset.url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then((r) => r.json())
    .then((data) => {
      const chart = echarts.init(el);
      const lightColours = { GREEN: '#1a8f3c', YELLOW: '#d99a00', RED: '#c62828' };
      const total = data.light.counts.reduce((a, b) => a + b, 0);
      // Legible at any size: the donut names its slices in a legend, not in labels outside it (which clipped and
      // overlapped); a slice shows its count inside only when it is over 5% of the whole.
      chart.setOption({
        tooltip: { trigger: 'item' },
        legend: { orient: 'vertical', right: 8, top: 'middle', textStyle: { color: '#1d2733' },
          data: data.light.labels },
        grid: { left: 40, right: '52%', top: 20, bottom: 70, containLabel: true },
        xAxis: { type: 'category', data: data.status.labels,
          axisLabel: { rotate: 35, interval: 0, color: '#1d2733', fontSize: 11 } },
        yAxis: { type: 'value', minInterval: 1, axisLabel: { color: '#1d2733' } },
        series: [
          { type: 'bar', data: data.status.counts, itemStyle: { color: '#0b5cad' }, barMaxWidth: 28,
            label: { show: true, position: 'top', color: '#1d2733' } },
          { type: 'pie', radius: ['30%', '46%'], center: ['62%', '45%'], avoidLabelOverlap: true,
            label: { show: true, position: 'inside', color: '#fff', fontWeight: 'bold',
              formatter: (p) => (total > 0 && p.value / total > 0.05 ? String(p.value) : '') },
            labelLine: { show: false },
            data: data.light.labels.map((label, i) => ({ name: label, value: data.light.counts[i],
              itemStyle: { color: lightColours[data.light.codes[i]] } })) }
        ]
      });
      window.addEventListener('resize', () => chart.resize());
    });
});

// Keyboard shortcuts of the desk (listed in the help dialog #shortcuts, opened with ? or the 快捷键 link):
// j/k or ↓/↑ move the selection in the queue, Enter opens it, g q goes to the queue, p goes to the case's primary
// move, m folds or unfolds 更多操作, / searches. None while typing in a field, none with Ctrl/Alt/Meta held.
document.addEventListener('DOMContentLoaded', () => {
  const help = document.getElementById('shortcuts');
  let opener = null;
  let pendingG = false;
  let selectedId = null;

  const openHelp = () => {
    if (!help || help.open) return;
    opener = document.activeElement;
    help.showModal();
    const close = help.querySelector('[data-shortcuts-close]');
    if (close) close.focus();
  };
  const closeHelp = () => { if (help && help.open) help.close(); };
  if (help) {
    help.addEventListener('close', () => {
      if (opener && typeof opener.focus === 'function') opener.focus();
      opener = null;
    });
    help.querySelectorAll('[data-shortcuts-close]').forEach((b) => b.addEventListener('click', closeHelp));
    help.addEventListener('click', (e) => { if (e.target === help) closeHelp(); }); // the backdrop
  }
  document.querySelectorAll('[data-shortcuts-open]').forEach((link) => link.addEventListener('click', (e) => {
    e.preventDefault();
    openHelp();
  }));

  const rows = () => Array.from(document.querySelectorAll('#queue-table tbody tr[data-case-id]'));
  const select = (row) => {
    rows().forEach((r) => { r.classList.remove('selected'); r.removeAttribute('aria-selected'); });
    if (!row) return;
    row.classList.add('selected');
    row.setAttribute('aria-selected', 'true');
    selectedId = row.dataset.caseId;
    row.scrollIntoView({ block: 'nearest' });
    const link = row.querySelector('a.case-link');
    if (link) link.focus({ preventScroll: true });
  };
  const step = (by) => {
    const all = rows();
    if (!all.length) return false;
    const at = all.findIndex((r) => r.dataset.caseId === selectedId);
    select(all[at < 0 ? 0 : Math.max(0, Math.min(all.length - 1, at + by))]);
    return true;
  };
  // The queue refreshes itself (htmx, live events): keep the selected case selected.
  document.body.addEventListener('htmx:afterSwap', () => {
    const row = rows().find((r) => r.dataset.caseId === selectedId);
    if (row) { row.classList.add('selected'); row.setAttribute('aria-selected', 'true'); }
  });

  const typing = (el) => el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));

  document.addEventListener('keydown', (e) => {
    if (e.ctrlKey || e.altKey || e.metaKey || e.defaultPrevented) return;
    if (help && help.open) return; // the dialog handles Esc itself
    if (typing(e.target)) return;
    const key = e.key;
    if (pendingG) {
      pendingG = false;
      if (key === 'q') { e.preventDefault(); window.location.href = '/console'; }
      return;
    }
    let handled = true;
    switch (key) {
      case '?': openHelp(); break;
      case 'g': pendingG = true; window.setTimeout(() => { pendingG = false; }, 1500); break;
      case 'j': case 'ArrowDown': handled = step(1); break;
      case 'k': case 'ArrowUp': handled = step(-1); break;
      case 'Enter': {
        const row = rows().find((r) => r.dataset.caseId === selectedId);
        const link = row && row.querySelector('a.case-link');
        if (link && document.activeElement !== link) link.click(); else handled = false;
        break;
      }
      case 'p': {
        const primary = document.querySelector('#primary-move form');
        const field = primary && primary.querySelector('select, textarea, input:not([type=hidden]), button');
        if (field) { primary.scrollIntoView({ block: 'nearest' }); field.focus(); } else handled = false;
        break;
      }
      case 'm': {
        const more = document.getElementById('more-moves');
        if (more) { more.open = !more.open; more.querySelector('summary').focus(); } else handled = false;
        break;
      }
      case '/': {
        const search = document.querySelector('#queue-filter input[type=search], #search-form input[type=search]');
        if (search) search.focus(); else window.location.href = '/console/cases';
        break;
      }
      default: handled = false;
    }
    if (handled) e.preventDefault();
  });
});
