/** Every quantity the site shows, registered by importing each chapter's module. */
export { house } from './house';
export { overview } from './overview';
export { gradient } from './gradient';
export { allQuantities, quantityById } from '../quantity';
