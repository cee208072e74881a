import { mount } from 'svelte';
import App from './App.svelte';
import { setupI18n } from './lib/i18n/index.js';
import './styles.css';

setupI18n();
const target = document.getElementById('app');
if (target === null) throw new Error('no #app element');
mount(App, { target });
