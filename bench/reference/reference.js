// The practical limit for the embed's first render: the same style, layers and data as the app's
// /embed (a snapshot bench/run.mjs takes of the app's map once it is complete), drawn with plain
// maplibre-gl and no framework. It marks the first idle with everything drawn, as the app does.
import * as maplibregl from '/maplibre-gl.mjs';

maplibregl.setWorkerUrl('/maplibre-gl-worker.mjs');
const snapshot = await (await fetch('/snapshot.json')).json();
const map = new maplibregl.Map({ container: 'map', style: snapshot.style, attributionControl: false, dragRotate: false });
for (const image of snapshot.images) map.addImage(image.id, { width: image.width, height: image.height, data: new Uint8Array(image.data) });
for (const place of snapshot.markers) {
  const element = document.createElement('span');
  element.className = 'ref-marker';
  element.innerHTML = `<button type="button"><span class="dot"></span><span></span></button><span class="count"></span>`;
  element.querySelector('button span:last-child').textContent = place.name;
  element.querySelector('.count').textContent = String(place.count);
  new maplibregl.Marker({ element, anchor: 'left', offset: [-8, 0] }).setLngLat(place.coordinates).addTo(map);
}
map.once('idle', () => {
  performance.mark('situation-map-complete');
  map.getContainer().setAttribute('data-complete', 'true');
});
Object.assign(window, { __situationMap: map });
