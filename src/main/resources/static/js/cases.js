// Desk pages: the leader's overview chart (ECharts) from /console/overview.json.
document.addEventListener('DOMContentLoaded', () => {
  const el = document.getElementById('overview-chart');
  if (!el || typeof echarts === 'undefined') return;
  fetch(el.dataset.url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then((r) => r.json())
    .then((data) => {
      const chart = echarts.init(el);
      const lightColours = { GREEN: '#1a8f3c', YELLOW: '#d99a00', RED: '#c62828' };
      chart.setOption({
        tooltip: {},
        grid: { left: 40, right: '40%', top: 20, bottom: 60 },
        xAxis: { type: 'category', data: data.status.labels, axisLabel: { rotate: 30 } },
        yAxis: { type: 'value', minInterval: 1 },
        series: [
          { type: 'bar', data: data.status.counts, itemStyle: { color: '#0b5cad' } },
          { type: 'pie', radius: ['20%', '38%'], center: ['80%', '45%'],
            data: data.light.labels.map((label, i) => ({ name: label, value: data.light.counts[i],
              itemStyle: { color: lightColours[data.light.codes[i]] } })) }
        ]
      });
      window.addEventListener('resize', () => chart.resize());
    });
});
