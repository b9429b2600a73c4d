// Builds elements from data without ever parsing it as HTML: every text the API returns is set as text.
export function h(tag, props = {}, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value == null || value === false) continue;
    if (key === 'class') element.className = value;
    else if (key === 'dataset') Object.assign(element.dataset, value);
    else if (key.startsWith('on')) element.addEventListener(key.slice(2), value);
    else element.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child != null && child !== false) element.append(child instanceof Node ? child : String(child));
  }
  return element;
}

export function clear(element, ...children) {
  element.replaceChildren(...children.flat().filter(c => c != null && c !== false));
}

/** A labelled select whose options are [value, text] pairs. */
export function options(select, pairs, selected) {
  clear(select, pairs.map(([value, text]) => h('option', { value, selected: value === selected }, text)));
}
