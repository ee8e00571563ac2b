// netnps report: draws the charts from the inlined data with the inlined ECharts.
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('data').textContent);
  var trend = data.trend;
  // days before a whole experience window lies in the data: their scores see fewer events and run high
  var partial = trend.filter(function (d) { return d.full_window === false; }).map(function (d) { return d.date; });
  var area = partial.length ? [[{ xAxis: partial[0], name: 'window filling' }, { xAxis: partial[partial.length - 1] }]] : [];
  echarts.init(document.getElementById('trend')).setOption({
    animation: false, tooltip: { trigger: 'axis' }, grid: { left: 40, right: 10, top: 20, bottom: 30 },
    xAxis: { type: 'category', data: trend.map(function (d) { return d.date; }) },
    yAxis: { type: 'value', scale: true },
    series: [
      // the band is one polygon: stacked areas stack negative values apart from positive ones in ECharts 5.3
      { type: 'custom', silent: true, z: 1, data: trend.map(function (d, i) { return [i, d.network_nps]; }),
        renderItem: function (params, api) {
          if (params.dataIndex !== 0) { return null; }
          var hi = trend.map(function (d, i) { return api.coord([i, d.network_nps_hi]); });
          var lo = trend.map(function (d, i) { return api.coord([i, d.network_nps_lo]); }).reverse();
          return { type: 'polygon', shape: { points: hi.concat(lo) }, style: { fill: '#9cc3e6' } };
        } },
      { type: 'line', data: trend.map(function (d) { return d.network_nps_lo; }), symbol: 'none', lineStyle: { opacity: 0 } },
      { type: 'line', data: trend.map(function (d) { return d.network_nps_hi; }), symbol: 'none', lineStyle: { opacity: 0 } },
      { name: 'network NPS', type: 'line', data: trend.map(function (d) { return d.network_nps; }), color: '#18324a',
        markArea: { silent: true, itemStyle: { color: 'rgba(120,120,120,0.12)' }, data: area } }]
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
  // equirectangular map: a degree of longitude is cos(latitude) of a degree of latitude
  var lats = data.grids.features.map(function (f) { return f.geometry.coordinates[0][0][1]; });
  var meanLat = lats.reduce(function (a, b) { return a + b; }, 0) / Math.max(1, lats.length);
  echarts.init(document.getElementById('map')).setOption({
    animation: false, tooltip: { trigger: 'item' },
    visualMap: { min: Math.min.apply(null, values.concat([-20])), max: Math.max.apply(null, values.concat([20])),
      inRange: { color: ['#c62828', '#fdd835', '#2e7d32'] }, text: ['expected NPS high', 'low'], calculable: true, seriesIndex: 0 },
    geo: { map: 'grids', roam: true, aspectScale: Math.cos(meanLat * Math.PI / 180),
      itemStyle: { borderColor: '#fff', borderWidth: 0.3 } },
    series: [
      { type: 'map', geoIndex: 0, data: data.grids.features.map(function (f) { return { name: f.id, value: f.properties.expected_nps }; }) },
      { type: 'scatter', coordinateSystem: 'geo', symbolSize: 12, itemStyle: { color: '#000' },
        data: data.findings.filter(function (f) { return f.lon !== null; }).map(function (f) {
          return { name: f.finding_id + ' ' + f.cause + ' (' + (f.cell_id || f.device_model || '') + ')', value: [f.lon, f.lat] }; }),
        tooltip: { formatter: function (p) { return p.name; } } }]
  });
})();
