// Programmes this browser has opened, newest first (the API has no "my programmes" list).

const KEY = 'pdsa.recentProgrammes';

export function recentProgrammes() {
  try {
    return JSON.parse(localStorage.getItem(KEY) ?? '[]');
  } catch {
    return [];
  }
}

export function rememberProgramme(id, name) {
  const list = [{ id, name }, ...recentProgrammes().filter((p) => p.id !== id)].slice(0, 10);
  localStorage.setItem(KEY, JSON.stringify(list));
}
