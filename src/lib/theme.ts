/**
 * Applies a saved theme choice before anything is painted (no flash of the wrong theme).
 * Kept as one constant so astro.config.ts can allow exactly this script in the CSP by its hash.
 */
export const THEME_BOOTSTRAP = "try{var t=localStorage.getItem('theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch(e){}";
