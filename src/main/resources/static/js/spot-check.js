// 抽查 on the phone: fills the position fields from the phone's location when asked.
document.addEventListener('DOMContentLoaded', () => {
  const button = document.getElementById('spot-gps');
  if (!button) return;
  const where = document.getElementById('spot-where');
  button.addEventListener('click', () => {
    if (!navigator.geolocation) { where.textContent = '✕'; return; }
    where.textContent = '…';
    navigator.geolocation.getCurrentPosition(position => {
      document.getElementById('spot-lat').value = position.coords.latitude.toFixed(7);
      document.getElementById('spot-lng').value = position.coords.longitude.toFixed(7);
      where.textContent = '✓ ±' + Math.round(position.coords.accuracy) + ' m';
    }, () => { where.textContent = '✕'; }, { enableHighAccuracy: true, timeout: 15000 });
  });
});
