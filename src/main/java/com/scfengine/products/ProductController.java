package com.scfengine.products;

import com.scfengine.applications.ApplicationView;
import com.scfengine.products.validation.BundleResource;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** {@code /api/products}: the catalogue, deploying product bundles, and submitting applications to any product. */
@RestController
@RequestMapping("/api/products")
@Tag(name = "Products", description = "The product catalogue, product bundles, and applications to any product")
class ProductController {

  private final ProductCatalogue catalogue;
  private final Submissions submissions;
  private final ProductDeployments deployments;

  ProductController(ProductCatalogue catalogue, Submissions submissions, ProductDeployments deployments) {
    this.catalogue = catalogue;
    this.submissions = submissions;
    this.deployments = deployments;
  }

  @GetMapping
  @Operation(summary = "The product catalogue", description = "Every product deployed, from its models: code, name, "
      + "process key, version.")
  List<ProductCatalogue.Product> products() {
    return catalogue.products();
  }

  /**
   * Deploys a product bundle: multipart, one part named {@code file} per .bpmn, .dmn or .form file. 201 with
   * the product when it made a new version, 200 when the bundle equals the deployed one (nothing created), 400
   * naming every problem ({@code resource#elementId}) when refused — then nothing of it is deployed.
   */
  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(summary = "Deploy a product bundle", description = """
      Multipart, one part named `file` per `.bpmn`, `.dmn` or `.form` file of the product. The bundle is checked \
      first and refused whole, naming each problem (`resource#elementId`) in `errors`.""",
      responses = {@ApiResponse(responseCode = "201", description = "A new version of the product, with `Location`"),
          @ApiResponse(responseCode = "200", description = "The bundle equals the deployed one: nothing was created")})
  ResponseEntity<ProductDeployments.DeployedProduct> deploy(
      @RequestParam(name = "file", required = false) List<MultipartFile> files) throws IOException {
    List<BundleResource> bundle = new ArrayList<>();
    for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
      // the name as sent: a path ("../x.bpmn") is refused with the bundle, not cut to its last part
      bundle.add(new BundleResource(file.getOriginalFilename(), file.getBytes()));
    }
    var deployed = deployments.deploy(bundle);
    if (!deployed.newVersion()) {
      return ResponseEntity.ok(deployed);
    }
    return ResponseEntity.created(URI.create("/api/products/" + deployed.code())).body(deployed);
  }

  @GetMapping("/{code}")
  @Operation(summary = "A product", description = "By its code, e.g. `FACTORING`.")
  ProductCatalogue.Product product(@PathVariable String code) {
    return catalogue.byCode(code);
  }

  @PostMapping("/{code}/applications")
  @Operation(summary = "Submit a financing application", description = """
      The body is the product's own: each product defines its fields (see the product's documentation). The \
      application starts the product's process with the signed-in user as submitter. One example per shipped \
      product, named after its code.""",
      requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
          mediaType = "application/json", examples = {
              @ExampleObject(name = "FACTORING", summary = "An invoice, financed with recourse",
                  value = ApplicationExamples.FACTORING),
              @ExampleObject(name = "FORFAITING", summary = "An avalised bill of exchange, without recourse",
                  value = ApplicationExamples.FORFAITING),
              @ExampleObject(name = "IMPORT_LC", summary = "A documentary credit for an importer",
                  value = ApplicationExamples.IMPORT_LC),
              @ExampleObject(name = "PO_FINANCE", summary = "An advance on a core enterprise's purchase order",
                  value = ApplicationExamples.PO_FINANCE)})),
      responses = {@ApiResponse(responseCode = "201", description = "The application, with `Location`"),
          @ApiResponse(responseCode = "404", description = "No product with that code"),
          @ApiResponse(responseCode = "409",
              description = "The receivable or instrument is already financed or pending")})
  ResponseEntity<ApplicationView> submit(@PathVariable String code, @RequestBody Map<String, Object> body) {
    var application = submissions.submit(code, body);
    return ResponseEntity.created(URI.create("/api/applications/" + application.getId()))
        .body(ApplicationView.of(application));
  }
}
