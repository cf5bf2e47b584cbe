// The engine's name in the header and the browser tab (Camunda's webapps read this file in place of their own).
export default {
  app: {
    name: 'Admin',
    vendor: 'SCF Engine'
  }
};
