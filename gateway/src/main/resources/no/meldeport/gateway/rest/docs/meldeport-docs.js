// Shows /openapi.yaml of this gateway. Everything the page loads comes from this gateway: the online validator
// badge of Swagger UI is switched off, because it would send the description to an outside service.
window.addEventListener("load", function () {
  window.ui = SwaggerUIBundle({
    url: "/openapi.yaml",
    dom_id: "#api",
    deepLinking: true,
    validatorUrl: null,
    tryItOutEnabled: false,
    supportedSubmitMethods: ["get", "post"],
    presets: [SwaggerUIBundle.presets.apis],
    layout: "BaseLayout"
  });
});
