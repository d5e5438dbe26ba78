// The live board saves every change (a new statement, a dot) and hands the workshop to the report beside it,
// so the analysis follows the room. Only signed-in facilitators (moderators) can save.
const board = document.getElementById('board');
const report = document.getElementById('live-report');
const status = document.getElementById('board-status');
const lang = document.documentElement.lang === 'de' ? 'de' : 'en';
let saving = Promise.resolve();

async function save(workshop) {
  const response = await fetch(`/api/v1/klimakonferenzen/${encodeURIComponent(workshop.id)}`, {
    method: 'PUT',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(workshop),
  });
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    throw new Error(problem.error?.message?.[lang] ?? `HTTP ${response.status}`);
  }
}

function changed() {
  const workshop = board.workshop;
  report.workshop = workshop;
  // One save after another, so the last change always wins.
  saving = saving
    .then(() => save(workshop))
    .then(
      () => (status.textContent = ''),
      (error) => (status.textContent = error.message),
    );
}

board.addEventListener('vf-dot-change', changed);
board.addEventListener('vf-statement-add', changed);
