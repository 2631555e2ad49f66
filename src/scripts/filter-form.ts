/**
 * A filter form whose fields mirror the URL query (so a reload or a shared link shows the same
 * rows): fields are filled from the query on load, and on every change the non-empty values go
 * to `apply` and back into the query, in the form's field order.
 */
export function bindFilterForm(form: HTMLFormElement, apply: (values: Record<string, string>) => void): void {
  const params = new URLSearchParams(location.search);
  for (const field of form.elements) {
    if (!(field instanceof HTMLInputElement || field instanceof HTMLSelectElement) || !field.name) continue;
    if (field instanceof HTMLInputElement && field.type === 'checkbox') field.checked = params.get(field.name) === field.value;
    else field.value = params.get(field.name) ?? '';
  }
  const run = () => {
    const values: Record<string, string> = {};
    const query = new URLSearchParams();
    for (const [name, raw] of new FormData(form)) {
      const value = String(raw).trim();
      if (!value) continue;
      values[name] = value;
      query.set(name, value);
    }
    apply(values);
    const s = query.toString();
    history.replaceState(null, '', s ? `?${s}` : location.pathname);
  };
  form.addEventListener('input', run);
  form.addEventListener('change', run);
  form.addEventListener('submit', (e) => e.preventDefault());
  run();
}

/** The active filters in words (责任单位：市财政局；只看 ∗…), so a count line (and its printout) names what it counts. */
export function describeFilters(form: HTMLFormElement): string {
  const parts: string[] = [];
  for (const field of form.elements) {
    if (!(field instanceof HTMLInputElement || field instanceof HTMLSelectElement) || !field.name) continue;
    const label = (field.labels?.[0]?.textContent ?? field.name).trim();
    if (field instanceof HTMLInputElement && field.type === 'checkbox') {
      if (field.checked) parts.push(label);
    } else if (field.value.trim()) {
      // an option's label may end in its count, 通知（9）
      const value =
        field instanceof HTMLSelectElement ? (field.selectedOptions[0]?.textContent ?? field.value).replace(/（\d+）$/, '') : field.value;
      parts.push(`${label}：${value.trim()}`);
    }
  }
  return parts.join('；');
}
