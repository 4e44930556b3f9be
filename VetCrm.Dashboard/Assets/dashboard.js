// Live views without a framework: the server says "changed" over server-sent events (/events); the page then fetches
// itself again and swaps in its #live region. "Pause" stops it; open <details> stay open; a console tail keeps
// following the end unless scrolled up.
(() => {
  const live = document.getElementById('live');
  const pause = document.getElementById('pause');
  if (!live) return;
  let refreshing = false, again = false;

  async function refresh() {
    if (pause.checked || document.hidden || typingInside(live)) return;
    if (refreshing) { again = true; return; }
    refreshing = true;
    try {
      const response = await fetch(location.href, { credentials: 'same-origin' });
      if (response.ok) {
        const fresh = new DOMParser().parseFromString(await response.text(), 'text/html').getElementById('live');
        if (fresh) swap(fresh);
      }
    } catch { /* the AppHost is restarting or gone: the next event brings the page up to date */ }
    refreshing = false;
    if (again) { again = false; refresh(); }
  }

  // Never swap the region away under someone typing into one of its fields.
  function typingInside(region) {
    const active = document.activeElement;
    return region.contains(active) && active.matches('input, select, textarea');
  }

  function swap(fresh) {
    const open = [...live.querySelectorAll('details[open][id]')].map(d => d.id);
    const following = live.hasAttribute('data-tail') && live.scrollTop + live.clientHeight >= live.scrollHeight - 20;
    live.innerHTML = fresh.innerHTML;
    for (const id of open) document.getElementById(id)?.setAttribute('open', '');
    if (following) live.scrollTop = live.scrollHeight;
  }

  if (live.hasAttribute('data-tail')) live.scrollTop = live.scrollHeight;
  // EventSource reconnects by itself when the AppHost restarts.
  new EventSource('/events').onmessage = refresh;
  pause.addEventListener('change', refresh);
})();
