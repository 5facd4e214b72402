// All styling inline in the page (no stylesheet request, works from file://). Light and
// dark follow the reader's system setting.
export const DASHBOARD_CSS = `
:root{--bg:#f6f7f9;--fg:#1b1f24;--muted:#5b6570;--card:#fff;--line:#e3e6ea;--accent:#1a7f4b;--accent-soft:#e7f4ec;--chart:#1a7f4b;--bar:#7cbf98;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color-scheme:light dark}
@media (prefers-color-scheme:dark){:root{--bg:#0f1216;--fg:#e6e9ed;--muted:#9aa4ae;--card:#171b21;--line:#2a3038;--accent:#4cc487;--accent-soft:#173325;--chart:#4cc487;--bar:#2f7d55}}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--fg);font-size:15px;line-height:1.45}
header.top{padding:28px 32px 12px;max-width:1280px;margin:0 auto}
h1{margin:0;font-size:26px;letter-spacing:-.01em}
h2{font-size:18px;margin:0 0 10px}
h3{font-size:15px;margin:0 0 8px;overflow-wrap:anywhere}
.sub,.muted,.note,.axis{color:var(--muted)}
.sub{margin:4px 0 0}
main{max-width:1280px;margin:0 auto;padding:8px 32px 40px}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(200px,1fr));gap:12px;margin:12px 0 16px}
.card,.panel,.series{background:var(--card);border:1px solid var(--line);border-radius:10px}
.card{padding:14px 16px}
.card .label{font-size:12px;text-transform:uppercase;letter-spacing:.05em;color:var(--muted)}
.card .value{font-size:26px;font-weight:650;margin:4px 0 2px;font-variant-numeric:tabular-nums}
.card .note{font-size:13px}
.card.accent{background:var(--accent-soft);border-color:transparent}
.card.accent .value{color:var(--accent)}
.panel{padding:16px 18px;margin:0 0 16px}
.panel p{margin:6px 0}
.rule{font-size:13px}
.equivalents{margin:0;padding-left:20px}
table{border-collapse:collapse;width:100%;font-size:14px;margin:8px 0}
th,td{text-align:left;padding:6px 8px;border-bottom:1px solid var(--line)}
th{font-weight:600;color:var(--muted);font-size:12px;text-transform:uppercase;letter-spacing:.04em}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
.repo{margin:28px 0 0}
.repo-head{display:flex;flex-wrap:wrap;align-items:baseline;gap:4px 16px;margin-bottom:10px}
.repo-head h2{margin:0;overflow-wrap:anywhere}
.repo-head p{margin:0;color:var(--muted)}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(380px,1fr));gap:12px}
.series{padding:14px 16px}
.series .wf{color:var(--muted);font-weight:500}
.series .sep{color:var(--muted)}
.matrix{display:inline-block;font-size:12px;font-weight:500;background:var(--bg);border:1px solid var(--line);border-radius:999px;padding:0 8px;margin-left:4px}
.facts{display:grid;grid-template-columns:repeat(3,1fr);gap:6px 12px;margin:0 0 8px}
.facts div{min-width:0}
.facts dt{font-size:11px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
.facts dd{margin:0;font-variant-numeric:tabular-nums;overflow-wrap:anywhere}
.branch{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:13px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
svg{display:block;width:100%;height:auto}
svg .gridline{stroke:var(--line);stroke-width:1}
svg .axis{font-size:10px;fill:var(--muted)}
svg .line{fill:none;stroke:var(--chart);stroke-width:1.6;stroke-linejoin:round;opacity:.6}
svg.trend{margin-top:4px}
svg circle{fill:var(--chart)}
svg circle:hover{r:5}
svg .bar{fill:var(--bar)}
svg .bar:hover{fill:var(--accent)}
.projection{margin:8px 0 0;font-size:14px}
.empty{background:var(--card);border:1px dashed var(--line);border-radius:10px;padding:40px;text-align:center}
.notes{margin-top:28px}
.notes ul{margin:0;padding-left:20px;font-size:13px;color:var(--muted)}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.92em}
.table-wrap{overflow-x:auto;max-width:100%}
svg.weekly.narrow{display:none}
.period{font-size:13px;margin:-4px 0 6px}
@media (max-width:600px){header.top,main{padding-left:14px;padding-right:14px}.grid{grid-template-columns:1fr}svg.weekly.wide{display:none}svg.weekly.narrow{display:block}.panel{padding:12px}table{font-size:13px}th,td{padding:5px 4px}th{font-size:11px;letter-spacing:0;text-transform:none}table.regions td:first-child{overflow-wrap:anywhere;word-break:break-word}td.n{white-space:nowrap}.facts{grid-template-columns:repeat(2,1fr)}.card .value{font-size:22px}}
`.trim();
