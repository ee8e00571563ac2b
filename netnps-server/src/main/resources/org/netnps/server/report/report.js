// netnps report: draws the charts from the inlined data with the inlined ECharts.
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('data').textContent);
  var trend = data.trend;
  echarts.init(document.getElementById('trend')).setOption({
    animation: false, tooltip: { trigger: 'axis' }, grid: { left: 40, right: 10, top: 10, bottom: 30 },
    xAxis: { type: 'category', data: trend.map(function (d) { return d.date; }) },
    yAxis: { type: 'value', scale: true },
    series: [
      { type: 'line', data: trend.map(function (d) { return d.network_nps_lo; }), stack: 'ci', symbol: 'none', lineStyle: { opacity: 0 } },
      { type: 'line', data: trend.map(function (d) { return d.network_nps_hi - d.network_nps_lo; }), stack: 'ci', symbol: 'none',
        lineStyle: { opacity: 0 }, areaStyle: { color: '#9cc3e6' } },
      { name: 'network NPS', type: 'line', data: trend.map(function (d) { return d.network_nps; }), color: '#18324a' }]
  });
  var s = data.summary.shares;
  echarts.init(document.getElementById('shares')).setOption({
    animation: false, grid: { left: 80, right: 40, top: 10, bottom: 30 },
    xAxis: { type: 'value', max: 100 }, yAxis: { type: 'category', data: ['promoter', 'passive', 'detractor'] },
    series: [{ type: 'bar', label: { show: true, position: 'right', formatter: function (p) { return p.value.toFixed(1) + '%'; } },
      data: [{ value: 100 * s.promoter, itemStyle: { color: '#2e7d32' } }, { value: 100 * s.passive, itemStyle: { color: '#9e9e9e' } },
        { value: 100 * s.detractor, itemStyle: { color: '#c62828' } }] }]
  });
  echarts.registerMap('grids', data.grids);
  var values = data.grids.features.map(function (f) { return f.properties.expected_nps; });
  echarts.init(document.getElementById('map')).setOption({
    animation: false, tooltip: { trigger: 'item' },
    visualMap: { min: Math.min.apply(null, values.concat([-20])), max: Math.max.apply(null, values.concat([20])),
      inRange: { color: ['#c62828', '#fdd835', '#2e7d32'] }, text: ['expected NPS high', 'low'], calculable: true, seriesIndex: 0 },
    geo: { map: 'grids', roam: true, itemStyle: { borderColor: '#fff', borderWidth: 0.3 } },
    series: [
      { type: 'map', geoIndex: 0, data: data.grids.features.map(function (f) { return { name: f.id, value: f.properties.expected_nps }; }) },
      { type: 'scatter', coordinateSystem: 'geo', symbolSize: 12, itemStyle: { color: '#000' },
        data: data.findings.filter(function (f) { return f.lon !== null; }).map(function (f) {
          return { name: f.finding_id + ' ' + f.cause + ' (' + (f.cell_id || f.device_model || '') + ')', value: [f.lon, f.lat] }; }),
        tooltip: { formatter: function (p) { return p.name; } } }]
  });
})();
