/** The badge's and card's own CSS, inside their shadow root: page CSS cannot reach it, and it cannot leak. */
export const BADGE_CSS = `
.badge {
  position: absolute; left: 4px; top: 0; transform: translateY(-50%);
  display: inline-flex; gap: 2px; white-space: nowrap; z-index: 2147483000;
  font: 600 12px/1.3 system-ui, -apple-system, 'Segoe UI', sans-serif; letter-spacing: normal;
}
.badge button {
  all: unset; box-sizing: border-box; cursor: pointer;
  font: inherit; color: #5a3d00; background: #fff4cc;
  border: 1px solid #e7b416; padding: 1px 7px; min-height: 20px;
}
.badge .sun { border-radius: 999px 0 0 999px; padding-inline: 6px 5px; }
.badge .save { border-radius: 0 999px 999px 0; border-inline-start: none; }
.badge button:hover { background: #ffe58a; }
.badge button:focus-visible { outline: 2px solid #1a56db; outline-offset: 1px; }
.badge .save[aria-pressed='true'] { background: #e7b416; color: #2b1d00; }
.card {
  box-sizing: border-box; width: 280px; max-width: calc(100vw - 16px);
  margin: 0; padding: 12px 14px; inset: auto; position: fixed;
  color: #221a00; background: #fffdf5; border: 1px solid #e7b416; border-radius: 10px;
  box-shadow: 0 6px 24px rgba(0, 0, 0, 0.18);
  font: 400 13px/1.45 system-ui, -apple-system, 'Segoe UI', sans-serif; text-align: start;
  z-index: 2147483001;
}
.card[hidden] { display: none; }
.card p { margin: 0 0 6px; }
.card-title { font-weight: 700; font-size: 14px; }
.why { font-weight: 600; }
.cues { margin: 0 0 8px; padding-inline-start: 18px; }
.cues li { margin: 0; }
.actions, .feedback { display: flex; flex-wrap: wrap; gap: 6px; margin: 8px 0 4px; }
.card button {
  font: 600 12px/1.3 system-ui, sans-serif; color: #3d2a00; background: #fff4cc;
  border: 1px solid #d9a90f; border-radius: 6px; padding: 4px 9px; cursor: pointer;
}
.card button.primary { background: #e7b416; color: #221a00; }
.card button:disabled { cursor: default; opacity: 0.85; }
.card button:focus-visible { outline: 2px solid #1a56db; outline-offset: 1px; }
.feedback button { background: transparent; border-color: #c8b98a; font-weight: 500; }
.lists ul { list-style: none; margin: 4px 0; padding: 0; display: grid; gap: 4px; }
.status { min-height: 1em; margin: 4px 0 0; color: #5a4a10; font-size: 12px; }
@media (prefers-color-scheme: dark) {
  .card { color: #f6ecd0; background: #2a2414; }
  .status { color: #e6d7a8; }
  .feedback button { color: #f6ecd0; border-color: #8a7a4a; }
}
`;

export const TOAST_CSS = `
.toast {
  position: fixed; right: 16px; bottom: 16px; z-index: 2147483002; max-width: 360px;
  display: flex; align-items: center; gap: 8px; padding: 10px 12px;
  font: 500 13px/1.4 system-ui, -apple-system, 'Segoe UI', sans-serif;
  color: #221a00; background: #fffdf5; border: 1px solid #e7b416; border-radius: 10px;
  box-shadow: 0 6px 24px rgba(0, 0, 0, 0.18);
}
.toast button {
  font: 600 12px/1.3 system-ui, sans-serif; color: #221a00; background: #e7b416;
  border: 1px solid #d9a90f; border-radius: 6px; padding: 4px 9px; cursor: pointer;
}
.toast button.dismiss { background: transparent; border-color: transparent; font-size: 16px; padding: 0 4px; }
.toast button:focus-visible { outline: 2px solid #1a56db; outline-offset: 1px; }
`;
