// Assessment pages: the score bar chart (ECharts) from the ranking's data-chart attribute, drawn again after
// htmx swaps in another kind's table (tabs and picker are part of it); the period picker shows only the inputs of the chosen period kind.
(function () {
  const gradeColours = { A: '#1a8f3c', B: '#0b5cad', C: '#6c8ebf', D: '#d99a00', E: '#c62828' };
  let chart = null;

  function draw() {
    const el = document.getElementById('score-chart');
    if (!el || typeof echarts === 'undefined') return;
    const data = JSON.parse(el.dataset.chart || '{"names":[],"scores":[],"grades":[]}');
    if (chart) chart.dispose();
    chart = echarts.init(el);
    chart.setOption({
      tooltip: {},
      grid: { left: 40, right: 16, top: 16, bottom: 80 },
      xAxis: { type: 'category', data: data.names, axisLabel: { rotate: 40, interval: 0 } },
      yAxis: { type: 'value', min: 0, max: 100 },
      series: [{ type: 'bar', data: data.scores.map((score, i) => ({ value: score,
        itemStyle: { color: gradeColours[data.grades[i]] || '#0b5cad' } })) }]
    });
  }

  function picker() {
    const select = document.getElementById('pk');
    if (!select) return;
    const show = () => document.querySelectorAll('#period-picker .pick').forEach((label) => {
      label.hidden = !label.classList.contains('pick-' + select.value);
    });
    select.addEventListener('change', show);
    show();
  }

  document.addEventListener('DOMContentLoaded', () => { draw(); picker(); });
  document.addEventListener('htmx:afterSwap', (event) => {
    if (event.detail && event.detail.target && event.detail.target.id === 'ranking') { draw(); picker(); }
  });
  window.addEventListener('resize', () => { if (chart) chart.resize(); });
})();
