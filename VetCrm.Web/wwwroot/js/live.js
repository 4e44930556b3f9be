// Live updates: listens on the API's SignalR hub and, when an event concerns what this page shows, re-reads the page
// from the server and swaps in the regions marked data-live-region (no reload, no client-side rendering). Overdue
// plan reviews also raise an alert in the header's alert area.
(() => {
  const hubUrl = document.querySelector('meta[name="vetcrm-live-hub"]')?.content;
  if (!hubUrl || !window.signalR) return;
  const status = document.getElementById('live-status');
  const alerts = document.getElementById('live-alerts');

  const token = async () => {
    const response = await fetch('/live/token', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error('no live token');
    return (await response.json()).accessToken;
  };

  const interested = (region, event) => {
    const types = (region.dataset.liveTypes || '').split(' ').filter(Boolean);
    const pet = region.dataset.livePet;
    return (types.length === 0 || types.some(t => event.type.startsWith(t))) && (!pet || pet === event.petId);
  };

  let refreshing = null;
  const refresh = async () => {
    const response = await fetch(location.href, { credentials: 'same-origin', headers: { 'X-Requested-With': 'live' } });
    if (!response.ok) return;
    const next = new DOMParser().parseFromString(await response.text(), 'text/html');
    for (const region of document.querySelectorAll('[data-live-region]')) {
      const fresh = next.querySelector(`[data-live-region="${region.dataset.liveRegion}"]`);
      if (fresh && fresh.innerHTML !== region.innerHTML && !region.contains(document.activeElement)) region.innerHTML = fresh.innerHTML;
    }
  };
  // Several events in a burst (a batch of reminders) cost one re-read.
  const scheduleRefresh = () => { refreshing ??= setTimeout(() => { refreshing = null; refresh(); }, 250); };

  const alert = event => {
    if (!alerts || event.type !== 'plan.overdue') return;
    const item = document.createElement('a');
    item.href = `/Pets/${event.petId}`;
    item.className = 'live-alert';
    item.dataset.testid = 'live-alert';
    item.textContent = 'A plan review is overdue: open the case';
    alerts.prepend(item);
    alerts.hidden = false;
  };

  const connection = new signalR.HubConnectionBuilder()
    // Straight to WebSockets: with API replicas behind one proxy, a negotiation and the connection that follows it
    // could reach different replicas.
    .withUrl(hubUrl, { accessTokenFactory: token, skipNegotiation: true, transport: signalR.HttpTransportType.WebSockets })
    .withAutomaticReconnect()
    .build();
  connection.on('event', event => {
    alert(event);
    if ([...document.querySelectorAll('[data-live-region]')].some(r => interested(r, event))) scheduleRefresh();
  });
  const show = state => { if (status) { status.dataset.state = state; status.title = `Live updates: ${state}`; } };
  connection.onreconnecting(() => show('reconnecting'));
  connection.onreconnected(() => { show('connected'); scheduleRefresh(); });
  connection.onclose(() => show('offline'));
  connection.start().then(() => show('connected'), () => show('offline'));
})();
