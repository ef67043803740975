// Dashboard charts (uPlot, from its WebJar). The figures come from a JSON block in the page (no inline script: CSP);
// the tables below the charts hold the same numbers for screen readers and printing.
(function () {
  'use strict';
  var holder = document.getElementById('chart-data');
  if (!holder || typeof uPlot === 'undefined') { return; }
  var data = JSON.parse(holder.textContent);
  var names = { WEB: 'Trang web', FACEBOOK: 'Facebook', ZALO: 'Zalo', ANSWER: 'Trả lời', CLARIFY: 'Hỏi lại',
    FALLBACK: 'Không biết', URGENT: 'Khẩn cấp' };
  var colours = ['#0b5cad', '#1f8a4c', '#b35c00', '#b00020', '#6a3d9a'];

  function draw(id, series) {
    var el = document.getElementById(id);
    if (!el) { return; }
    var keys = Object.keys(series);
    var opts = {
      width: Math.max(320, el.clientWidth || 800), height: 260,
      scales: { x: { time: true } },
      axes: [{ values: function (u, ticks) { return ticks.map(function (t) { var d = new Date(t * 1000); return d.getUTCDate() + '/' + (d.getUTCMonth() + 1); }); } }, {}],
      series: [{}].concat(keys.map(function (k, i) {
        return { label: names[k] || k, stroke: colours[i % colours.length], width: 2 };
      }))
    };
    new uPlot(opts, [data.x].concat(keys.map(function (k) { return series[k]; })), el);
  }
  draw('chart-channels', data.channels);
  draw('chart-decisions', data.decisions);
}());
