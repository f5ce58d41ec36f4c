// Desk lists: "select all on this page" for the batch moves; rows swapped in by htmx keep working.
document.addEventListener('change', (event) => {
  const all = event.target.closest && event.target.closest('input.select-all');
  if (!all) return;
  document.querySelectorAll('#queue-table input[name="ids"]').forEach((box) => { box.checked = all.checked; });
});
