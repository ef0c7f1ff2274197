// The site's name, shown in the header and in every page title.
export const SITE_NAME = 'Neural Network Concepts Explained';
