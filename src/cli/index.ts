// placeholder until the CLI lands
console.log('carbon-action');
